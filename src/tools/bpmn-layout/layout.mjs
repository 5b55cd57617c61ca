// Lays out BPMN files (adds BPMNShape/BPMNEdge for every flow node and sequence flow) so they
// render in Camunda Modeler and Cockpit. Any existing diagram is replaced.
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
  rootElement.diagrams = [];
  const { xml: out } = await moddle.toXML(rootElement, { format: true });
  return out;
}

for (const file of process.argv.slice(2)) {
  const source = fs.readFileSync(file, 'utf8');
  const laidOut = await layoutProcess(await withFlowRefs(source));
  fs.writeFileSync(file, laidOut.endsWith('\n') ? laidOut : laidOut + '\n');
  console.log('laid out', file);
}
