// <nusatrade-equity>: a backtest's equity curve on TradingView lightweight-charts (npm,
// Apache-2.0), as the live chart uses it. The server (views/backtest/EquityChart.java) calls
// setPoints with JSON text: [[epochMillis, equity], ...]; shown as UTC.
import { createChart } from 'lightweight-charts';

class NusatradeEquity extends HTMLElement {
  connectedCallback() {
    this.ensure();
  }

  ensure() {
    if (this.chart) {
      return;
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    this.chart = createChart(this, {
      autoSize: true,
      layout: { background: { color: '#ffffff' }, textColor: '#333' },
      grid: { vertLines: { color: '#f0f3fa' }, horzLines: { color: '#f0f3fa' } },
      timeScale: { timeVisible: false },
    });
    this.line = this.chart.addLineSeries({ color: '#2962ff', lineWidth: 2 });
  }

  setPoints(json) {
    this.ensure();
    const points = JSON.parse(json).map((p) => ({ time: p[0] / 1000, value: p[1] }));
    this.line.setData(points);
    this.chart.timeScale().fitContent();
    this.setAttribute('data-points', String(points.length));
  }
}

customElements.define('nusatrade-equity', NusatradeEquity);
