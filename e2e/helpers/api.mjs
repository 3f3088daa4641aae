// The JSON API from Node, for the steps of a journey that are not what the test is about
// (a teacher's class and test, a parent's login card): bearer tokens, no browser.

import assert from 'node:assert/strict';
import { ADMIN } from './server.mjs';

/** A client for one server; `call` fails the test when the status is not `expect`. */
export function api(server) {
  async function call(method, path, { token, body, expect } = {}) {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (expect !== undefined) assert.equal(res.status, expect, `${method} ${path}: ${text}`);
    return { status: res.status, json: text ? safeJson(text) : null, text };
  }
  const post = (path, token, body, expect = 200) => call('POST', path, { token, body, expect }).then((r) => r.json);
  return {
    call,
    post,
    /** Registers someone and returns {token, id, user}. */
    async register(role, name, email, password) {
      const r = await post('/api/v1/auth/register', null, { role, name, email, password }, 201);
      return { token: r.access_token ?? r.access, id: r.user.public_id ?? r.user.id, user: r.user };
    },
    async login(login, password) {
      const r = await post('/api/v1/auth/login', null, { login, password });
      return { token: r.access_token ?? r.access, id: r.user.public_id ?? r.user.id, user: r.user };
    },
    /** An approved teacher (the administrator approves them). */
    async teacher(name, email, password) {
      const t = await this.register('teacher', name, email, password);
      const admin = await this.login(ADMIN.email, ADMIN.password);
      await post(`/api/v1/admin/users/${t.id}/approve`, admin.token, {});
      return this.login(email, password);
    },
  };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
