// A batch-reminder table: 20 rows, each with its own one-line message input (data-e2e="row-1" …
// "row-20"), rows 28 px apart. The badge of one row must stay inside its own input, and a click
// on the next row's input must focus that input.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

const root = document.getElementById('root')!;
root.innerHTML = `
  <div class="topbar"><span class="brand">批量催收提醒</span><span class="spacer"></span><span>坐席 0371</span></div>
  <style>
    .batch { margin: 16px auto; width: 900px; background: #fff; border-collapse: collapse; font-size: 13px; }
    .batch th, .batch td { border: 1px solid #e5e6eb; padding: 1px 6px; height: 26px; text-align: left; }
    .batch th { background: #fafafa; font-weight: 600; }
    .batch td.msg { width: 520px; padding: 1px 2px; }
    .batch td.msg input { width: 100%; box-sizing: border-box; height: 24px; border: 1px solid #d9d9d9; border-radius: 3px; padding: 0 6px; font: inherit; }
  </style>
  <table class="batch"><thead><tr><th>#</th><th>客户</th><th>手机</th><th>逾期天数</th><th>提醒短信</th></tr></thead><tbody></tbody></table>`;
const body = root.querySelector('tbody')!;
const names = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周杰', '吴婷', '徐明', '孙丽', '马超', '朱红', '胡军', '郭燕', '何平', '高翔', '林峰', '罗琳'];
const state = new Map<string, string>();
names.forEach((name, i) => {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td>${i + 1}</td><td>${name}</td><td>138001380${String(i).padStart(2, '0')}</td><td>${3 + i}</td><td class="msg"><input type="text" aria-label="第${i + 1}行提醒短信" /></td>`;
  const input = tr.querySelector('input')!;
  input.dataset.e2e = `row-${i + 1}`;
  input.addEventListener('input', () => state.set(input.dataset.e2e!, input.value));
  body.append(tr);
});
exposeFixture({ kind: 'dense-table', value: (marker = 'row-1') => state.get(marker) ?? '' });
