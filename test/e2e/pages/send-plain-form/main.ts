// A plain HTML <form> with no framework: the browser submits it natively (GET into the "sink"
// iframe, so the page stays). A submit listener that does not cancel records what was sent, and
// the sink's loads are counted too, so a submit the browser really made is seen twice.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

const form = document.getElementById('sms') as HTMLFormElement;
const content = document.getElementById('content') as HTMLTextAreaElement;
const remark = document.getElementById('remark') as HTMLTextAreaElement;
const sink = document.querySelector<HTMLIFrameElement>('iframe[name="sink"]')!;
const sent: string[] = [];
const loads: string[] = [];

form.addEventListener('submit', () => sent.push(content.value));
sink.addEventListener('load', () => {
  const url = sink.contentWindow?.location.href ?? '';
  if (url.includes('/sink/')) loads.push(new URL(url).searchParams.get('content') ?? '');
});

exposeFixture({
  kind: 'send-plain-form',
  value: (marker) => (marker === 'note' ? remark.value : content.value),
  sent: () => [...sent],
});
(window as unknown as { __sinkLoads: () => string[] }).__sinkLoads = () => [...loads];
