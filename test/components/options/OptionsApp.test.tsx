// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { SETTINGS_KEY, loadSettings, loadSettingsState, saveSettings } from '../../../src/settings/store';
import { EXPORT_FORMAT } from '../../../src/settings/transfer';
import { SETTINGS_VERSION } from '../../../src/settings/schema';
import { mount, section } from './mount';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;

describe('OptionsApp', () => {
  it('renders every section in Chinese by default, and in English once chosen', async () => {
    const { user } = await mount();
    for (const id of ['rules', 'phrases', 'allowlist', 'templates', 'quiet', 'audience', 'signature', 'sites', 'language', 'transfer']) {
      expect(section(id), id).toBeTruthy();
    }
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('heading', { name: '自定义词语' })).toBeTruthy();
    await user.click(within(section('language')).getByLabelText('English'));
    await screen.findByRole('heading', { name: 'Custom phrases' });
    expect(document.documentElement.lang).toBe('en');
    expect((await loadSettings()).language).toBe('en');
    // No Chinese UI string is left on an English page except the data (rule texts, language names).
    expect(section('sites').textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  describe('custom phrases, validated as the user types', () => {
    it('a malformed pattern says which character is wrong, in the UI language; it cannot be added and nothing is saved', async () => {
      const { user } = await mount();
      const s = within(section('phrases'));
      await user.click(s.getByLabelText('正则表达式'));
      await user.type(s.getByLabelText('词语'), '再不还[[钱');
      const alert = await s.findByText(/第4个字符「\[」处/, { selector: '.error-text' });
      expect(alert.textContent).toContain('没有对应的「]」');
      expect(alert.textContent).not.toMatch(/Invalid regular expression|Unterminated/);
      expect((s.getByRole('button', { name: '添加词语' }) as HTMLButtonElement).disabled).toBe(true);
      expect(s.getByLabelText('词语').getAttribute('aria-invalid')).toBe('true');
      fireEvent.submit(section('phrases').querySelector('form')!);
      expect(await stored()).toBeUndefined();
    });

    it('a bad phrase syntax and an empty-text phrase are refused with the reason', async () => {
      const { user } = await mount();
      const s = within(section('phrases'));
      await user.type(s.getByLabelText('词语'), '(再不还');
      expect(await s.findByText(/写法有误/)).toBeTruthy();
      await user.clear(s.getByLabelText('词语'));
      await user.type(s.getByLabelText('词语'), '！！');
      expect(await s.findByText(/没有文字/)).toBeTruthy();
    });

    it('a valid phrase is saved with category, severity, message and suggestion, then listed; it can be edited and removed', async () => {
      const { user } = await mount();
      const s = within(section('phrases'));
      await user.type(s.getByLabelText('词语'), '上征信黑名单');
      await user.selectOptions(s.getByLabelText('类别'), 'misleading');
      await user.selectOptions(s.getByLabelText('级别'), 'warning');
      await user.type(s.getByLabelText(/说明/), '征信没有黑名单');
      await user.type(s.getByLabelText(/建议改为/), '逾期信息将依法报送征信系统');
      await user.click(s.getByRole('button', { name: '添加词语' }));
      await waitFor(async () => expect((await loadSettings()).customPhrases).toHaveLength(1));
      expect((await loadSettings()).customPhrases[0]).toEqual({ phrase: '上征信黑名单', category: 'misleading', severity: 'warning', message: '征信没有黑名单', suggestion: '逾期信息将依法报送征信系统' });
      const row = await s.findByText('上征信黑名单', { selector: '.phrase' });
      expect(row).toBeTruthy();
      expect((s.getByLabelText('词语') as HTMLInputElement).value).toBe('');
      // Duplicate refused.
      await user.type(s.getByLabelText('词语'), '上征信黑名单');
      await user.selectOptions(s.getByLabelText('类别'), 'misleading');
      expect(await s.findByText('这个词语已经在列表中')).toBeTruthy();
      await user.click(s.getByRole('button', { name: '取消' }));
      // Edit.
      await user.click(s.getByRole('button', { name: '编辑「上征信黑名单」' }));
      expect((s.getByLabelText('词语') as HTMLInputElement).value).toBe('上征信黑名单');
      await user.clear(s.getByLabelText('词语'));
      await user.type(s.getByLabelText('词语'), '拉入黑名单');
      await user.click(s.getByRole('button', { name: '保存修改' }));
      await waitFor(async () => expect((await loadSettings()).customPhrases.map((c) => c.phrase)).toEqual(['拉入黑名单']));
      // Remove.
      await user.click(await s.findByRole('button', { name: '删除「拉入黑名单」' }));
      await waitFor(async () => expect((await loadSettings()).customPhrases).toEqual([]));
    });
  });

  it('custom phrases: removing another phrase while one is edited saves the edit over the right one', async () => {
    await saveSettings({
      customPhrases: [
        { phrase: '甲词', category: 'insult', severity: 'error' },
        { phrase: '乙词', category: 'insult', severity: 'error' },
        { phrase: '丙词', category: 'insult', severity: 'error' },
      ],
    });
    const { user } = await mount();
    const s = within(section('phrases'));
    await user.click(await s.findByRole('button', { name: '编辑「丙词」' }));
    await user.click(s.getByRole('button', { name: '删除「甲词」' }));
    await waitFor(async () => expect((await loadSettings()).customPhrases.map((c) => c.phrase)).toEqual(['乙词', '丙词']));
    await user.clear(s.getByLabelText('词语'));
    await user.type(s.getByLabelText('词语'), '丁词');
    await user.click(s.getByRole('button', { name: '保存修改' }));
    await waitFor(async () => expect((await loadSettings()).customPhrases.map((c) => c.phrase)).toEqual(['乙词', '丁词']));
  });

  it('allowlist: add, duplicate refused, remove', async () => {
    const { user } = await mount();
    const s = within(section('allowlist'));
    await user.type(s.getByLabelText('允许的词语'), '极速分期');
    await user.click(s.getByRole('button', { name: '添加' }));
    await waitFor(async () => expect((await loadSettings()).allowlist).toEqual(['极速分期']));
    await user.type(s.getByLabelText('允许的词语'), '极速分期');
    expect(await s.findByText('这个词语已经在允许列表中')).toBeTruthy();
    await user.clear(s.getByLabelText('允许的词语'));
    await user.click(s.getByRole('button', { name: '删除「极速分期」' }));
    await waitFor(async () => expect((await loadSettings()).allowlist).toEqual([]));
  });

  describe('rules', () => {
    it('search finds a rule by its wording; details show message, examples and source', async () => {
      const { user } = await mount();
      const s = within(section('rules'));
      await user.type(s.getByLabelText('搜索规则'), '老赖');
      const rows = section('rules').querySelectorAll('li.rule');
      expect(rows.length).toBeGreaterThan(0);
      const deadbeat = section('rules').querySelector<HTMLElement>('li[data-rule-id="cn.insult.deadbeat"]')!;
      expect(deadbeat).toBeTruthy();
      await user.click(within(deadbeat).getByRole('button', { name: '详情' }));
      expect(deadbeat.textContent).toContain('会被标出');
      expect(deadbeat.textContent).toContain('依据');
      expect(deadbeat.querySelectorAll('li.bad').length).toBeGreaterThan(0);
      expect(deadbeat.querySelectorAll('li.good').length).toBeGreaterThan(0);
      await user.clear(s.getByLabelText('搜索规则'));
      await user.type(s.getByLabelText('搜索规则'), 'zzzz-no-such-rule');
      expect(await s.findByText('没有找到匹配的规则')).toBeTruthy();
    });

    it('switching a rule off, a rule’s severity, a category off and a category’s severity are saved', async () => {
      const { user } = await mount();
      const rules = section('rules');
      const row = rules.querySelector<HTMLElement>('li[data-rule-id="cn.pressure.ultimatum"]')!;
      await user.click(within(row).getByRole('switch'));
      await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual(['cn.pressure.ultimatum']));
      const row2 = rules.querySelector<HTMLElement>('li[data-rule-id="cn.insult.stupid"]')!;
      await user.selectOptions(within(row2).getByRole('combobox'), 'warning');
      await waitFor(async () => expect((await loadSettings()).severityOverrides).toEqual({ 'cn.insult.stupid': 'warning' }));
      const cat = rules.querySelector<HTMLElement>('li.cat[data-category="length"]')!;
      await user.click(within(cat).getByRole('switch'));
      await waitFor(async () => expect((await loadSettings()).disabledCategories).toEqual(['length']));
      const pressure = rules.querySelector<HTMLElement>('li.cat[data-category="pressure"]')!;
      await user.selectOptions(within(pressure).getByRole('combobox'), 'error');
      await waitFor(async () => expect((await loadSettings()).severityOverrides).toMatchObject({ pressure: 'error' }));
      // The pack itself.
      await user.click(within(rules.querySelector<HTMLElement>('[data-pack="cn"]')!).getByRole('switch'));
      await waitFor(async () => expect((await loadSettings()).disabledPacks).toEqual(['cn']));
      expect(await within(rules).findByText(/只检查你的自定义词语/)).toBeTruthy();
    });
  });

  it('quiet hours: a changed time is saved; restore default', async () => {
    await mount();
    const q = section('quiet');
    const start = q.querySelector<HTMLInputElement>('input[name="error-start"]')!;
    expect(start.value).toBe('22:00');
    fireEvent.change(start, { target: { value: '21:30' } });
    await waitFor(async () => expect((await loadSettings()).quietHours.error.start).toBe(21 * 60 + 30));
    const reset = within(q).getByRole('button', { name: '恢复默认' }) as HTMLButtonElement;
    await waitFor(() => expect(reset.disabled).toBe(false));
    fireEvent.click(reset);
    await waitFor(async () => expect((await loadSettings()).quietHours.error.start).toBe(22 * 60));
  });

  it('default audience and signature', async () => {
    const { user } = await mount();
    await user.click(section('audience').querySelector<HTMLInputElement>('input[value="third_party"]')!);
    await waitFor(async () => expect((await loadSettings()).defaultAudience).toBe('third_party'));
    const sig = within(section('signature')).getByLabelText('期望的签名');
    await user.type(sig, '【安信贷】');
    await user.tab();
    await waitFor(async () => expect((await loadSettings()).signature).toBe('【安信贷】'));
    expect(section('signature').textContent).toContain('没有 【安信贷】 的短信会收到提醒');
  });

  it('sites: pause a site (normalised), resume it, pause everywhere', async () => {
    const { user } = await mount();
    const s = within(section('sites'));
    await user.type(s.getByLabelText('网站地址'), 'https://SMS.Example.com/send');
    expect(await s.findByText('将暂停：sms.example.com')).toBeTruthy();
    await user.click(s.getByRole('button', { name: '暂停此网站' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['sms.example.com']));
    await user.type(s.getByLabelText('网站地址'), 'not a site');
    expect(await s.findByText('这不是有效的网站地址')).toBeTruthy();
    await user.click(await s.findByRole('button', { name: '恢复检查 sms.example.com' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
    await user.click(s.getByRole('switch', { name: /暂停所有网站/ }));
    await waitFor(async () => expect((await loadSettings()).paused).toBe(true));
  });

  it('changes made elsewhere (another tab, the in-page card) show up without reload', async () => {
    await mount();
    await saveSettings({ allowlist: ['别处加的'] });
    await within(section('allowlist')).findByText('别处加的');
  });

  describe('organisation policy', () => {
    beforeEach(async () => {
      await saveSettings({ allowlist: ['我的词'], disabledSites: ['mine.example.com'] });
      await fakeBrowser.storage.managed.set({
        allowlist: ['安信贷'],
        sites: { disabled: ['org.example.com'] },
        signature: '【安信贷】',
        customPhrases: [{ phrase: '上征信黑名单', category: 'misleading' }],
        locked: { sites: true, customPhrases: true },
      });
    });

    it('locked sections are read-only with a note; the banner names them', async () => {
      await mount();
      const sites = section('sites');
      expect(sites.getAttribute('data-locked')).toBe('true');
      expect(within(sites).getByRole('note').textContent).toContain('由你的组织统一管理');
      expect(sites.querySelector('fieldset')!.disabled).toBe(true);
      // The user's own paused site is hidden under the lock; the organisation's shows.
      expect(sites.textContent).toContain('org.example.com');
      expect(sites.textContent).not.toContain('mine.example.com');
      expect(section('phrases').querySelector('fieldset')!.disabled).toBe(true);
      const banner = document.querySelector('[data-cg-org-banner]')!;
      expect(banner.textContent).toContain('网站');
      expect(banner.textContent).toContain('自定义词语');
    });

    it('unlocked lists show the organisation’s entries tagged and fixed, the user’s editable', async () => {
      await mount();
      const allow = section('allowlist');
      expect(allow.querySelector('fieldset')!.disabled).toBe(false);
      const org = allow.querySelector('[data-cg-allowed="安信贷"]')!;
      expect(org.querySelector('[data-cg-org]')).toBeTruthy();
      expect(org.querySelector('button')).toBeNull();
      expect(allow.querySelector('[data-cg-allowed="我的词"] button')).toBeTruthy();
      // A single value the organisation sets: read-only too, with the note.
      expect(section('signature').querySelector('fieldset')!.disabled).toBe(true);
      expect(section('signature').getAttribute('data-locked')).toBe('true');
      expect(section('signature').textContent).toContain('由你的组织统一管理');
      expect((section('signature').querySelector('input[name="signature"]') as HTMLInputElement).value).toBe('【安信贷】');
      // Sections the policy does not touch stay editable.
      expect(section('audience').querySelector('fieldset')!.disabled).toBe(false);
    });
  });

  describe('import and export', () => {
    it('a bad file: the reasons are listed and nothing changes', async () => {
      await saveSettings({ allowlist: ['keep'] });
      const { user } = await mount();
      const input = section('transfer').querySelector<HTMLInputElement>('input[type="file"]')!;
      const bad = JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { customPhrases: [{ phrase: '(a)\\1', regex: true, category: 'threat' }] } });
      await user.upload(input, new File([bad], 'bad.json', { type: 'application/json' }));
      const result = await within(section('transfer')).findByRole('alert');
      expect(result.textContent).toContain('未导入「bad.json」');
      expect(result.textContent).toContain('第4个字符「\\1」处，不支持这种写法');
      expect(result.textContent).toContain('当前设置没有任何改动');
      expect((await loadSettings()).allowlist).toEqual(['keep']);
    });

    it('a good file is applied; the backup can be restored', async () => {
      await saveSettings({ allowlist: ['keep'] });
      const { user } = await mount();
      await user.click(within(section('transfer')).getByLabelText(/替换/));
      const input = section('transfer').querySelector<HTMLInputElement>('input[type="file"]')!;
      const good = JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { allowlist: ['新词'], signature: '【安信贷】' } });
      await user.upload(input, new File([good], 'good.json', { type: 'application/json' }));
      const status = await within(section('transfer')).findByText(/导入成功：2项设置/);
      expect(status).toBeTruthy();
      expect((await loadSettings()).allowlist).toEqual(['新词']);
      await within(section('allowlist')).findByText('新词');
      await user.click(await within(section('transfer')).findByRole('button', { name: '恢复' }));
      await waitFor(async () => expect((await loadSettings()).allowlist).toEqual(['keep']));
    });
  });

  it('damaged stored settings: a notice lists what was reset, the rest works', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, allowlist: ['安信贷'], quietHours: 'broken', customPhrases: [{ phrase: '(a)\\1', regex: true, category: 'threat' }] } });
    render(<OptionsApp noMigrate />);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('已改用默认值');
    expect(banner.textContent).toContain('发送时段');
    expect(banner.textContent).toContain('自定义词语第1项');
    expect(section('allowlist').textContent).toContain('安信贷');
    expect((await loadSettingsState()).problems).toHaveLength(2);
  });
});
