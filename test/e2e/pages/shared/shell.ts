// The console skeleton for pages without a UI framework: top bar, "发送短信" form with a recipient
// input, a slot for the message editor and a send button. Returns the slot.
import { RECIPIENT } from './fixture';

export function renderShell(title: string, root: HTMLElement = document.getElementById('root')!): HTMLElement {
  root.innerHTML = `
    <div class="topbar"><span class="brand">短信发送控制台</span><span class="spacer"></span><span>坐席 0371</span></div>
    <form class="sms-form">
      <h1></h1>
      <div class="row">
        <label for="to">收件人</label>
        <div class="field"><input id="to" type="text" maxlength="11" data-e2e="recipient" /></div>
      </div>
      <div class="row">
        <label>短信内容</label>
        <div class="field" data-slot="editor"></div>
      </div>
      <div class="actions"><button type="submit" class="send">发送短信</button></div>
      <div class="status"></div>
    </form>`;
  root.querySelector('h1')!.textContent = title;
  root.querySelector<HTMLInputElement>('#to')!.value = RECIPIENT;
  const form = root.querySelector('form')!;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.querySelector('.status')!.textContent = '已提交';
  });
  return root.querySelector<HTMLElement>('[data-slot="editor"]')!;
}
