// Lays out BPMN files (adds BPMNShape/BPMNEdge for every flow node and sequence flow) so they
// render in Camunda Modeler and Cockpit. Any existing diagram is replaced. Embedded sub-processes
// are drawn expanded; event sub-processes collapsed, their content on a diagram of its own (as
// Camunda Modeler draws a collapsed sub-process: open it with the drill-down arrow).
//   cd src/tools/bpmn-layout && npm install && node layout.mjs ../../../processes/*.bpmn
import { layoutProcess } from 'bpmn-auto-layout';
import BpmnModdle from 'bpmn-moddle';
import fs from 'fs';

const moddle = new BpmnModdle();

async function withFlowRefs(xml) {
  // bpmn-auto-layout follows incoming/outgoing references; fill them from the sequence flows.
  const { rootElement } = await moddle.fromXML(xml);
  for (const process of rootElement.rootElements.filter(e => e.$type === 'bpmn:Process')) {
    const visit = (container) => {
      const elements = container.flowElements || [];
      for (const el of elements) {
        if (el.$type !== 'bpmn:SequenceFlow') {
          el.incoming = [];
          el.outgoing = [];
        }
      }
      for (const flow of elements.filter(e => e.$type === 'bpmn:SequenceFlow')) {
        flow.sourceRef.outgoing.push(flow);
        flow.targetRef.incoming.push(flow);
      }
      elements.filter(e => e.flowElements).forEach(visit);
    };
    visit(process);
  }
  // bpmn-auto-layout expands a sub-process only when the input diagram says so: hint every
  // embedded (not event) sub-process expanded.
  const hints = [];
  const hint = (container) => {
    for (const el of container.flowElements || []) {
      if (el.$type === 'bpmn:SubProcess') {
        if (!el.triggeredByEvent) {
          hints.push(moddle.create('bpmndi:BPMNShape', {
            id: el.id + '_di', bpmnElement: el, isExpanded: true,
            bounds: moddle.create('dc:Bounds', { x: 0, y: 0, width: 100, height: 80 }),
          }));
        }
        hint(el);
      }
    }
  };
  const processes = rootElement.rootElements.filter(e => e.$type === 'bpmn:Process');
  processes.forEach(hint);
  rootElement.diagrams = hints.length === 0 ? [] : [moddle.create('bpmndi:BPMNDiagram', {
    id: 'BPMNDiagram_hints',
    plane: moddle.create('bpmndi:BPMNPlane', { id: 'BPMNPlane_hints', bpmnElement: processes[0], planeElement: hints }),
  })];
  const { xml: out } = await moddle.toXML(rootElement, { format: true });
  return out;
}

// bpmn-auto-layout draws the content of a collapsed sub-process on the main diagram; move it to
// a diagram of the sub-process's own.
async function collapsedOnOwnPlanes(xml) {
  const { rootElement } = await moddle.fromXML(xml);
  if (!rootElement.diagrams || rootElement.diagrams.length === 0) {
    return xml;
  }
  const main = rootElement.diagrams[0].plane;
  const expanded = new Set(main.planeElement.filter(d => d.isExpanded).map(d => d.bpmnElement));
  const collapsed = [];
  const walk = (container) => {
    for (const el of container.flowElements || []) {
      if (el.$type === 'bpmn:SubProcess') {
        if (!expanded.has(el)) {
          collapsed.push(el);
        }
        walk(el);
      }
    }
  };
  rootElement.rootElements.filter(e => e.$type === 'bpmn:Process').forEach(walk);
  for (const sub of collapsed) {
    const children = new Set(sub.flowElements || []);
    const moved = main.planeElement.filter(d => children.has(d.bpmnElement));
    main.planeElement = main.planeElement.filter(d => !children.has(d.bpmnElement));
    rootElement.diagrams.push(moddle.create('bpmndi:BPMNDiagram', {
      id: 'BPMNDiagram_' + sub.id,
      plane: moddle.create('bpmndi:BPMNPlane', { id: 'BPMNPlane_' + sub.id, bpmnElement: sub, planeElement: moved }),
    }));
  }
  const { xml: out } = await moddle.toXML(rootElement, { format: true });
  return out;
}

for (const file of process.argv.slice(2)) {
  const source = fs.readFileSync(file, 'utf8');
  const laidOut = await collapsedOnOwnPlanes(await layoutProcess(await withFlowRefs(source)));
  fs.writeFileSync(file, laidOut.endsWith('\n') ? laidOut : laidOut + '\n');
  console.log('laid out', file);
}
