// <nusatrade-bpmn>: a process instance's deployed BPMN drawn by bpmn-js (npm, bpmn.io licence:
// the bpmn.io logo must stay visible) as a read-only viewer, with the elements and sequence flows
// the instance reached marked. The server (views/history/BpmnDiagram.java) calls
// setDiagram(xml, visitedJson) where visitedJson is a JSON array of element ids.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const STYLE = `
  .nusatrade-visited:not(.djs-connection) .djs-visual > :nth-child(1) {
    stroke: #2e7d32 !important; fill: #e8f5e9 !important; stroke-width: 3px !important;
  }
  .nusatrade-visited.djs-connection .djs-visual > path {
    stroke: #2e7d32 !important; stroke-width: 3px !important;
  }
`;

class NusatradeBpmn extends HTMLElement {
  connectedCallback() {
    this.style.display = 'block';
    this.style.position = 'relative';
    if (!this.viewer) {
      const style = document.createElement('style');
      style.textContent = STYLE;
      this.appendChild(style);
      const canvas = document.createElement('div');
      canvas.style.width = '100%';
      canvas.style.height = '100%';
      this.appendChild(canvas);
      this.viewer = new NavigatedViewer({ container: canvas });
    }
    if (this.pending) {
      const [xml, visited] = this.pending;
      this.pending = null;
      this.setDiagram(xml, visited);
    }
  }

  async setDiagram(xml, visitedJson) {
    if (!this.viewer) {
      this.pending = [xml, visitedJson];
      return;
    }
    try {
      await this.viewer.importXML(xml);
      const canvas = this.viewer.get('canvas');
      const registry = this.viewer.get('elementRegistry');
      let marked = 0;
      for (const id of JSON.parse(visitedJson)) {
        if (registry.get(id)) {
          canvas.addMarker(id, 'nusatrade-visited');
          marked++;
        }
      }
      canvas.zoom('fit-viewport');
      this.setAttribute('data-marked', String(marked));
      this.removeAttribute('data-error');
    } catch (e) {
      this.setAttribute('data-error', String(e && e.message ? e.message : e));
    }
  }
}

customElements.define('nusatrade-bpmn', NusatradeBpmn);
