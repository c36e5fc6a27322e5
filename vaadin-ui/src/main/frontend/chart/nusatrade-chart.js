// <nusatrade-chart>: TradingView lightweight-charts (npm, Apache-2.0) with candles, a volume
// histogram and overlay lines. The server (views/chart/CandleChart.java) calls setCandles,
// updateCandles and setOverlays with JSON text; times are epoch milliseconds, shown as UTC.
// The element keeps its data so tests and tools can read it: lastCandle(), candleCount(),
// and the data-candles / data-last attributes.
import { createChart, CrosshairMode } from 'lightweight-charts';

const UP = '#26a69a';
const DOWN = '#ef5350';
const LINE_COLOURS = ['#2962ff', '#ff6d00', '#8e24aa', '#00897b', '#6d4c41', '#c2185b'];

const bar = (c) => ({ time: c.time / 1000, open: c.open, high: c.high, low: c.low, close: c.close });
const vol = (c) => ({ time: c.time / 1000, value: c.volume, color: c.close >= c.open ? UP + '80' : DOWN + '80' });

class NusatradeChart extends HTMLElement {
  connectedCallback() {
    this.ensure();
  }

  ensure() {
    if (this.chart) {
      return;
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    this.data = [];
    this.lines = [];
    this.chart = createChart(this, {
      autoSize: true,
      layout: { background: { color: '#ffffff' }, textColor: '#333' },
      grid: { vertLines: { color: '#f0f3fa' }, horzLines: { color: '#f0f3fa' } },
      crosshair: { mode: CrosshairMode.Normal },
      timeScale: { timeVisible: true, secondsVisible: false, rightOffset: 3 },
    });
    this.candles = this.chart.addCandlestickSeries({
      upColor: UP, downColor: DOWN, borderVisible: false, wickUpColor: UP, wickDownColor: DOWN,
    });
    this.candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.25 } });
    this.volume = this.chart.addHistogramSeries({ priceFormat: { type: 'volume' }, priceScaleId: '' });
    this.volume.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
  }

  setCandles(json) {
    this.ensure();
    this.data = JSON.parse(json);
    this.redraw();
    this.chart.timeScale().scrollToRealTime();
  }

  updateCandles(json) {
    this.ensure();
    for (const c of JSON.parse(json)) {
      const last = this.data.at(-1);
      if (!last || c.time > last.time) {
        this.data.push(c);
        this.candles.update(bar(c));
        this.volume.update(vol(c));
      } else if (c.time === last.time) {
        this.data[this.data.length - 1] = c;
        this.candles.update(bar(c));
        this.volume.update(vol(c));
      } else {
        // an older candle changed (a late closed bar): the series only update their last point
        const i = this.data.findIndex((d) => d.time >= c.time);
        this.data.splice(i, this.data[i].time === c.time ? 1 : 0, c);
        this.redraw();
      }
    }
    this.mark();
  }

  setOverlays(json) {
    this.ensure();
    this.lines.forEach((l) => this.chart.removeSeries(l));
    this.lines = JSON.parse(json).map((line, i) => {
      const series = this.chart.addLineSeries({
        color: LINE_COLOURS[i % LINE_COLOURS.length],
        lineWidth: 1,
        title: line.name,
        priceLineVisible: false,
        lastValueVisible: false,
      });
      series.setData(line.points.map((p) => ({ time: p.time / 1000, value: p.value })));
      return series;
    });
    this.dataset.overlays = String(this.lines.length);
  }

  redraw() {
    this.candles.setData(this.data.map(bar));
    this.volume.setData(this.data.map(vol));
    this.mark();
  }

  mark() {
    const last = this.data.at(-1);
    this.dataset.candles = String(this.data.length);
    this.dataset.last = last ? JSON.stringify(last) : '';
  }

  lastCandle() {
    return this.data?.at(-1) ?? null;
  }

  candleCount() {
    return this.data?.length ?? 0;
  }
}

customElements.define('nusatrade-chart', NusatradeChart);
