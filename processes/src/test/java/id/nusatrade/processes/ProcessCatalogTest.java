package id.nusatrade.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProcessCatalogTest {
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final List<String> FLOW_NODES =
      List.of(
          "startEvent",
          "endEvent",
          "serviceTask",
          "userTask",
          "exclusiveGateway",
          "parallelGateway",
          "boundaryEvent",
          "intermediateThrowEvent",
          "intermediateCatchEvent",
          "receiveTask",
          "eventBasedGateway",
          "callActivity");

  @Test
  void catalogsEveryBpmnFileOfTheResources() throws Exception {
    List<String> files;
    try (Stream<Path> paths = Files.list(Path.of("src/main/resources"))) {
      files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).toList();
    }

    assertThat(ProcessCatalog.all())
        .extracting(ProcessDefinition::resourceName)
        .containsExactlyInAnyOrderElementsOf(files);
  }

  static List<ProcessDefinition> processes() {
    return ProcessCatalog.all();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void theFileDeclaresTheProcessIdItIsNamedAfter(ProcessDefinition process) throws Exception {
    Element executable = (Element) parse(process).getElementsByTagNameNS(BPMN, "process").item(0);

    assertThat(executable.getAttribute("id")).isEqualTo(process.processId());
    assertThat(executable.getAttribute("isExecutable")).isEqualTo("true");
  }

  @ParameterizedTest
  @MethodSource("processes")
  void everyElementHasAMeaningfulIdAndADiagramShape(ProcessDefinition process) throws Exception {
    Document bpmn = parse(process);
    List<String> ids = new ArrayList<>();
    for (String kind : FLOW_NODES) {
      ids.addAll(ids(bpmn.getElementsByTagNameNS(BPMN, kind)));
    }
    List<String> flows = ids(bpmn.getElementsByTagNameNS(BPMN, "sequenceFlow"));

    assertThat(ids).isNotEmpty();
    assertThat(ids).allMatch(id -> id.matches("[a-z]+(_[a-z]+)+"), "snake_case words");
    assertThat(flows).allMatch(id -> id.startsWith("flow_"), "flow_ prefix");
    assertThat(diagramRefs(bpmn, "BPMNShape")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(diagramRefs(bpmn, "BPMNEdge")).containsExactlyInAnyOrderElementsOf(flows);
  }

  private static Document parse(ProcessDefinition process) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(ProcessCatalog.read(process)));
  }

  private static List<String> ids(NodeList nodes) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static List<String> diagramRefs(Document bpmn, String kind) {
    NodeList nodes = bpmn.getElementsByTagNameNS(BPMNDI, kind);
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      refs.add(((Element) nodes.item(i)).getAttribute("bpmnElement"));
    }
    return refs;
  }
}
