// Web components with OPEN shadow roots, as design-system consoles ship them:
//  - <sms-composer marker="message">: its shadow root holds the message <textarea>;
//  - <sms-panel>: its shadow root holds another <sms-composer marker="message-nested">, so that
//    textarea sits two shadow roots deep.
// Each composer keeps its state in a JS property updated by the textarea's `input` events.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const COMPOSER_CSS = `:host{display:block}
textarea{width:100%;box-sizing:border-box;height:110px;font:inherit;padding:6px 10px;border:1px solid #d9d9d9;border-radius:4px;line-height:1.6}
.count{color:#888;font-size:12px}`;

class SmsComposer extends HTMLElement {
  text = '';
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = COMPOSER_CSS;
    const ta = document.createElement('textarea');
    ta.placeholder = '请输入短信内容';
    const count = document.createElement('div');
    count.className = 'count';
    count.textContent = '已输入 0 字';
    ta.addEventListener('input', () => {
      this.text = ta.value;
      count.textContent = `已输入 ${ta.value.length} 字`;
    });
    root.append(style, ta, count);
  }
  connectedCallback(): void {
    this.shadowRoot!.querySelector('textarea')!.dataset.e2e = this.getAttribute('marker') ?? 'message';
  }
}

class SmsPanel extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host{display:block;border:1px solid #e5e5e5;border-radius:6px;padding:10px;margin-top:6px}
      h2{font-size:14px;margin:0 0 8px;color:#555}</style>
      <h2>紧急联系人短信（两层 shadow root）</h2>`;
    const composer = document.createElement('sms-composer');
    composer.setAttribute('marker', 'message-nested');
    root.append(composer);
  }
}

customElements.define('sms-composer', SmsComposer);
customElements.define('sms-panel', SmsPanel);

const slot = renderShell('发送短信（Shadow DOM 组件）');
const composer = document.createElement('sms-composer');
composer.setAttribute('marker', 'message');
const panel = document.createElement('sms-panel');
slot.append(composer, panel);

exposeFixture({
  kind: 'shadow-dom',
  value: (marker = 'message') => {
    const el =
      marker === 'message-nested'
        ? panel.shadowRoot!.querySelector('sms-composer')
        : composer;
    return (el as SmsComposer).text;
  },
});
