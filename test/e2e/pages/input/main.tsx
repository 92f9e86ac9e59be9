/** @jsxImportSource react */
// A single-line React-controlled <input type=text> as the message field, plus fields that must
// never get a badge: a password input, the page's own search box (type=search, placeholder 搜索)
// and a short readonly input whose value would otherwise be flagged.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture, RECIPIENT } from '../shared/fixture';

function App() {
  const [to, setTo] = useState(RECIPIENT);
  const [msg, setMsg] = useState('');
  const [q, setQ] = useState('');
  const [pw, setPw] = useState('');
  const [status, setStatus] = useState('');
  const state = useRef(msg);
  state.current = msg;
  const exposed = useRef(false);
  if (!exposed.current) {
    exposed.current = true;
    exposeFixture({ kind: 'input', value: () => state.current });
  }
  return (
    <>
      <div className="topbar">
        <span className="brand">短信发送控制台</span>
        <span className="spacer" />
        <input type="search" placeholder="搜索" value={q} onChange={(e) => setQ(e.target.value)} data-e2e="search" />
      </div>
      <form
        className="sms-form"
        onSubmit={(e) => {
          e.preventDefault();
          setStatus(`已提交 ${msg.length} 字`);
        }}
      >
        <h1>发送短信（单行）</h1>
        <div className="row">
          <label htmlFor="to">收件人</label>
          <div className="field">
            <input id="to" type="text" maxLength={11} value={to} onChange={(e) => setTo(e.target.value)} data-e2e="recipient" />
          </div>
        </div>
        <div className="row">
          <label htmlFor="tag">客户标签</label>
          <div className="field">
            <input id="tag" type="text" readOnly size={10} value="老赖" style={{ width: 120 }} data-e2e="readonly" />
          </div>
        </div>
        <div className="row">
          <label htmlFor="msg">短信内容</label>
          <div className="field">
            <input
              id="msg"
              type="text"
              placeholder="请输入短信内容"
              value={msg}
              onChange={(e) => setMsg(e.target.value)}
              data-e2e="message"
            />
          </div>
        </div>
        <div className="row">
          <label htmlFor="pw">确认密码</label>
          <div className="field">
            <input id="pw" type="password" value={pw} onChange={(e) => setPw(e.target.value)} data-e2e="password" />
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="send">
            发送短信
          </button>
        </div>
        <div className="status">{status}</div>
      </form>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
