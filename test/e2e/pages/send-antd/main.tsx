/** @jsxImportSource react */
// antd 5 Form with a controlled Input.TextArea and a primary 发送 button (htmlType="submit",
// rendered "发 送" by antd): the message is sent by the Form's onFinish, which records it in
// `__fixture.sent()` and clears the box, as an SMS console does.
import { Button, Card, ConfigProvider, Form, Input, Layout, Typography } from 'antd';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

const sent: string[] = [];

function App() {
  const [msg, setMsg] = useState('');
  const [status, setStatus] = useState('');
  const state = useRef(msg);
  state.current = msg;
  const exposed = useRef(false);
  if (!exposed.current) {
    exposed.current = true;
    exposeFixture({ kind: 'send-antd', value: () => state.current, sent: () => [...sent] });
  }
  return (
    <ConfigProvider theme={{ token: { fontFamily: "'WenQuanYi Micro Hei', sans-serif" } }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ color: '#fff', fontSize: 16 }}>短信发送控制台 · antd</Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Card style={{ width: 640, margin: '0 auto' }}>
            <Typography.Title level={4}>发送短信</Typography.Title>
            <Form
              layout="horizontal"
              labelCol={{ span: 4 }}
              onFinish={() => {
                sent.push(state.current);
                setStatus(`已发送第 ${sent.length} 条`);
                setMsg('');
              }}
            >
              <Form.Item label="短信内容">
                <Input.TextArea rows={5} placeholder="请输入短信内容" value={msg} onChange={(e) => setMsg(e.target.value)} data-e2e="message" />
              </Form.Item>
              <Form.Item wrapperCol={{ offset: 4 }}>
                <Button type="primary" htmlType="submit" data-e2e="send">
                  发送
                </Button>
                <span style={{ marginLeft: 12, color: '#389e0d' }} data-e2e="status">
                  {status}
                </span>
              </Form.Item>
            </Form>
          </Card>
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
