// The page of the memory benchmark (test/bench/page.bench.ts), as plain as a page can be so the
// heap it adds is the extension's: `?frames=N` embeds N same-origin frames of this page, each (and
// the page itself without `frames`) one bare textarea.
const n = Number(new URLSearchParams(location.search).get('frames') ?? 0);
if (n > 0) {
  for (let i = 0; i < n; i++) {
    const frame = document.createElement('iframe');
    frame.src = `${location.pathname}?frame=${i}`;
    frame.style.cssText = 'width: 420px; height: 140px; border: 1px solid #ccc; margin: 4px;';
    document.body.append(frame);
  }
} else {
  const field = document.createElement('textarea');
  field.rows = 4;
  field.cols = 50;
  field.placeholder = '请输入短信内容';
  document.body.append(field);
}
