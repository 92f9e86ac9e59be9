// An in-house CRM case page: the customer's details, a notes field (data-e2e="notes"), the SMS box
// (data-e2e="message", tall enough for a 600-character message) and, right under it, the send
// button (data-e2e="send") that records what was sent.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

const root = document.getElementById('root')!;
root.innerHTML = `
  <div class="topbar"><span class="brand">贷后管理系统 · 案件详情</span><span class="spacer"></span><span>坐席 0371</span></div>
  <style>
    .crm { display: grid; grid-template-columns: 260px 1fr; gap: 16px; padding: 16px 24px; }
    .card { background: #fff; border-radius: 6px; padding: 12px 16px; box-shadow: 0 1px 4px rgba(0,0,0,.1); }
    .card h2 { font-size: 15px; margin: 0 0 10px; }
    .card dl { display: grid; grid-template-columns: 72px 1fr; gap: 6px 8px; margin: 0; font-size: 13px; }
    .card dt { color: #888; }
    .card textarea { width: 100%; box-sizing: border-box; font: inherit; line-height: 1.6; padding: 6px 10px; border: 1px solid #d9d9d9; border-radius: 4px; resize: vertical; }
    .notes { height: 70px; }
    .sms { height: 240px; }
    .bar { display: flex; justify-content: flex-end; gap: 8px; margin-top: 6px; }
    .bar button { padding: 6px 18px; border-radius: 4px; border: 1px solid #d9d9d9; background: #fff; font: inherit; cursor: pointer; }
    .bar button.send { background: #1677ff; color: #fff; border-color: #1677ff; }
  </style>
  <div class="crm">
    <div class="card"><h2>客户信息</h2><dl><dt>姓名</dt><dd>张伟</dd><dt>手机</dt><dd>13800138000</dd><dt>逾期</dt><dd>12天</dd><dt>欠款</dt><dd>5230.00元</dd><dt>紧急联系人</dt><dd>李女士（配偶）</dd></dl></div>
    <div>
      <div class="card"><h2>催收备注</h2><textarea class="notes" data-e2e="notes" aria-label="催收备注"></textarea></div>
      <div class="card" style="margin-top: 12px"><h2>发送短信</h2><textarea class="sms" data-e2e="message" aria-label="短信内容"></textarea>
        <div class="bar"><button type="button">存草稿</button><button type="button" class="send" data-e2e="send">发送</button></div>
        <div class="sent" data-e2e="sent"></div>
      </div>
    </div>
  </div>`;
const state = new Map<string, string>();
for (const ta of root.querySelectorAll('textarea')) ta.addEventListener('input', () => state.set(ta.dataset.e2e!, ta.value));
const sent: string[] = [];
root.querySelector('[data-e2e="send"]')!.addEventListener('click', () => {
  sent.push(state.get('message') ?? '');
  root.querySelector('[data-e2e="sent"]')!.textContent = `已发送 ${sent.length} 条`;
});
exposeFixture({ kind: 'crm', value: (marker = 'message') => state.get(marker) ?? '' });
