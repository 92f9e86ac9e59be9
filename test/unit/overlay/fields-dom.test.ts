// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { closestComposed, editingHost, fieldFromTarget } from '../../../src/overlay/fields';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('finding the field of an event target', () => {
  it('returns textareas and text inputs, not passwords or search boxes', () => {
    document.body.innerHTML = `
      <textarea id="msg"></textarea>
      <input id="pw" type="password">
      <form role="search"><input id="q" type="text"></form>
      <input id="s" type="text" placeholder="搜索客户">
      <textarea id="ro" readonly></textarea>`;
    const $ = (id: string) => document.getElementById(id);
    expect(fieldFromTarget($('msg'))).toBe($('msg'));
    expect(fieldFromTarget($('pw'))).toBeNull();
    expect(fieldFromTarget($('q'))).toBeNull();
    expect(fieldFromTarget($('s'))).toBeNull();
    expect(fieldFromTarget($('ro'))).toBeNull();
  });

  it('lifts a node inside a contenteditable to its editing host', () => {
    document.body.innerHTML = `<div id="ed" contenteditable="true"><p id="p"><b id="b">x</b></p><span contenteditable="false"><i id="chip">chip</i></span></div>`;
    const ed = document.getElementById('ed')!;
    expect(editingHost(document.getElementById('b')!)).toBe(ed);
    expect(fieldFromTarget(document.getElementById('p'))).toBe(ed);
    expect(fieldFromTarget(document.body)).toBeNull();
  });

  it('treats plaintext-only as an editor', () => {
    document.body.innerHTML = `<div id="ed" contenteditable="plaintext-only">x</div>`;
    const ed = document.getElementById('ed')!;
    expect(editingHost(ed)).toBe(ed);
  });

  it('looks for search containers across shadow roots', () => {
    document.body.innerHTML = `<div role="search"><x-box id="host"></x-box></div>`;
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<textarea id="inner"></textarea>`;
    const inner = root.getElementById('inner')!;
    expect(closestComposed(inner, '[role=search]')).not.toBeNull();
    expect(fieldFromTarget(inner)).toBeNull();
  });
});
