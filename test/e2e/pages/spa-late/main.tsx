/** @jsxImportSource react */
// An SPA that mounts the message <textarea> 1 s after load (data still "loading"), then, when the
// agent clicks 「新建短信」, swaps the whole compose view for a new one, as a client-side router
// does: a different component, a new <textarea> element (data-route tells which) with its own
// state. `__fixture.value()` reads the state of the view currently mounted.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture, RECIPIENT } from '../shared/fixture';

const current: { read: () => string } = { read: () => '' };
exposeFixture({ kind: 'spa-late', value: () => current.read() });

function Compose({ route }: { route: string }) {
  const [msg, setMsg] = useState('');
  const state = useRef(msg);
  state.current = msg;
  useEffect(() => {
    current.read = () => state.current;
    return () => {
      current.read = () => '';
    };
  }, []);
  return (
    <section data-view={route}>
      <div className="row">
        <label htmlFor={`msg-${route}`}>短信内容</label>
        <div className="field">
          <textarea
            id={`msg-${route}`}
            placeholder={route === 'first' ? '请输入短信内容' : '新短信内容'}
            value={msg}
            onChange={(e) => setMsg(e.target.value)}
            data-e2e="message"
            data-route={route}
          />
        </div>
      </div>
    </section>
  );
}

function App() {
  const [loaded, setLoaded] = useState(false);
  const [route, setRoute] = useState('first');
  useEffect(() => {
    const t = setTimeout(() => setLoaded(true), 1000);
    return () => clearTimeout(t);
  }, []);
  return (
    <>
      <div className="topbar">
        <span className="brand">短信发送控制台</span>
        <span className="spacer" />
        <button
          type="button"
          data-e2e="swap"
          onClick={() => {
            const next = route === 'first' ? 'second' : 'first';
            history.pushState(null, '', `#/${next}`);
            setRoute(next);
          }}
        >
          新建短信
        </button>
      </div>
      <form className="sms-form" onSubmit={(e) => e.preventDefault()}>
        <h1>发送短信（SPA）</h1>
        <div className="row">
          <label>收件人</label>
          <div className="field">
            <input type="text" maxLength={11} defaultValue={RECIPIENT} data-e2e="recipient" />
          </div>
        </div>
        {loaded ? route === 'first' ? <Compose key="first" route="first" /> : <div className="view-b"><Compose key="second" route="second" /></div> : <p data-e2e="loading">加载中…</p>}
        <div className="actions">
          <button type="submit" className="send">
            发送短信
          </button>
        </div>
      </form>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
