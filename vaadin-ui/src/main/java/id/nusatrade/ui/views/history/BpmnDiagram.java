package id.nusatrade.ui.views.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import id.nusatrade.domain.platform.JsonText;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The deployed BPMN drawn by bpmn-js ({@code frontend/history/nusatrade-bpmn.js}) with the path
 * taken marked. Keeps what it sent (the XML and the marked ids), which is what the browser draws
 * and what browserless tests read.
 */
@Tag("nusatrade-bpmn")
@NpmPackage(value = "bpmn-js", version = "18.6.2")
@JsModule("./history/nusatrade-bpmn.js")
public class BpmnDiagram extends Component implements HasSize {
  private String xml;
  private List<String> marked = List.of();

  public void show(String bpmnXml, Collection<String> visited) {
    xml = bpmnXml;
    marked = visited.stream().sorted().toList();
    getElement().callJsFunction("setDiagram", xml, json(marked));
  }

  public String xml() {
    return xml;
  }

  public List<String> marked() {
    return marked;
  }

  static String json(List<String> ids) {
    return ids.stream().map(JsonText::quote).collect(Collectors.joining(",", "[", "]"));
  }
}
