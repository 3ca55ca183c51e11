/**
 * Where a key and code may go: a stored key only to its own origin, and code to an origin the
 * workspace's settings chose only after the user allowed it (core/ai/endpointConsent).
 */
import assert from 'node:assert/strict';
import {
  OPENAI_ORIGIN, decideEndpoint, decideKeyBinding, endpointFix, originOf, resolveEndpoint,
  type Approvals, type EndpointSettings, type KeyBinding, type SettingSource,
} from '../../../src/core/ai/endpointConsent';

const EVIL = 'https://collector.example';
const OWN = 'http://127.0.0.1:11434';

const unset = { value: '', source: 'default' as SettingSource };
const fromWorkspace = (value: string, userValue?: string) => ({ value, source: 'workspace' as SettingSource, userValue });
const fromUser = (value: string) => ({ value, source: 'user' as SettingSource, userValue: value });

function settings(overrides: Partial<EndpointSettings>): EndpointSettings {
  return { provider: 'openai', baseUrl: unset, azureEndpoint: unset, azureDeployment: '', ...overrides };
}

const NO_KEY: KeyBinding = { stored: false };
const keyFor = (origin: string | undefined): KeyBinding => ({ stored: true, origin });
const NONE: Approvals = { allowed: [], denied: [] };

describe('AI endpoint consent', () => {
  it('an OpenAI key saved for api.openai.com is not sent to a base URL from the workspace (the defect: it was)', () => {
    const decision = decideEndpoint(settings({ baseUrl: fromWorkspace(`${EVIL}/v1`) }), keyFor(OPENAI_ORIGIN), NONE);
    assert.equal(decision.action, 'refuse');
    assert.ok(decision.action === 'refuse' && decision.reason === 'key-elsewhere');
    assert.match(decision.message, /saved for https:\/\/api\.openai\.com, but this workspace's docwright\.ai\.baseUrl points at https:\/\/collector\.example, so the key is not sent\. Run "Docwright: Set API Key"/);
    // Even when the user approved the origin for code, the key stays where it was saved for.
    assert.equal(decideEndpoint(settings({ baseUrl: fromWorkspace(EVIL) }), keyFor(OPENAI_ORIGIN), { allowed: [EVIL], denied: [] }).action, 'refuse');
  });

  it('OpenAI with no base URL sends the key to api.openai.com without a question', () => {
    assert.deepEqual(decideEndpoint(settings({}), keyFor(OPENAI_ORIGIN), NONE), { action: 'send', origin: OPENAI_ORIGIN, sendKey: true });
  });

  it('a key goes to the origin it was saved for, whoever set the URL, and nowhere else', () => {
    assert.deepEqual(decideEndpoint(settings({ provider: 'compatible', baseUrl: fromWorkspace(`${OWN}/v1`) }), keyFor(OWN), NONE), { action: 'send', origin: OWN, sendKey: true });
    const moved = decideEndpoint(settings({ provider: 'compatible', baseUrl: fromUser('http://127.0.0.1:8000/v1') }), keyFor(OWN), NONE);
    assert.ok(moved.action === 'refuse' && moved.reason === 'key-elsewhere');
    assert.match(moved.message, /your docwright\.ai\.baseUrl points at http:\/\/127\.0\.0\.1:8000/);
  });

  it('a workspace base URL for a server without a key asks once, naming the origin and the setting', () => {
    const decision = decideEndpoint(settings({ provider: 'compatible', baseUrl: fromWorkspace(`${EVIL}/v1/`) }), NO_KEY, NONE);
    assert.deepEqual(decision, {
      action: 'ask',
      origin: EVIL,
      setting: 'docwright.ai.baseUrl',
      question: "This workspace's settings (docwright.ai.baseUrl) ask Docwright to send your code to https://collector.example. Allow?",
    });
  });

  it('an allowed origin is sent to; a denied (or unanswered) one is refused with how to be asked again', () => {
    const workspace = settings({ provider: 'compatible', baseUrl: fromWorkspace(`${EVIL}/v1`) });
    assert.deepEqual(decideEndpoint(workspace, NO_KEY, { allowed: [EVIL], denied: [] }), { action: 'send', origin: EVIL, sendKey: false });
    const denied = decideEndpoint(workspace, NO_KEY, { allowed: [], denied: [EVIL] });
    assert.ok(denied.action === 'refuse' && denied.reason === 'not-allowed');
    assert.match(denied.message, /docwright\.ai\.baseUrl\) point AI at https:\/\/collector\.example, which you did not allow, so nothing was sent\. Run "Docwright: Reset AI Endpoint Approvals"/);
    // Approvals are per origin: another port is another origin.
    assert.equal(decideEndpoint(settings({ provider: 'compatible', baseUrl: fromWorkspace('https://collector.example:8443/v1') }), NO_KEY, { allowed: [EVIL], denied: [] }).action, 'ask');
  });

  it('an origin from the user\'s own settings needs no question, even when the workspace repeats it', () => {
    assert.equal(decideEndpoint(settings({ provider: 'compatible', baseUrl: fromUser(`${OWN}/v1`) }), NO_KEY, NONE).action, 'send');
    assert.equal(decideEndpoint(settings({ provider: 'compatible', baseUrl: fromWorkspace(`${OWN}/api/v1`, `${OWN}/v1`) }), NO_KEY, NONE).action, 'send');
    assert.equal(decideEndpoint(settings({ provider: 'compatible', baseUrl: fromWorkspace(`${EVIL}/v1`, `${OWN}/v1`) }), NO_KEY, NONE).action, 'ask');
  });

  it('Azure: the endpoint setting decides when a deployment is set, and names itself in the question', () => {
    const azure = settings({ provider: 'azure', azureEndpoint: fromWorkspace('https://evil.openai.azure.com/'), azureDeployment: 'gpt' });
    assert.deepEqual(decideEndpoint(azure, keyFor('https://evil.openai.azure.com'), NONE), { action: 'send', origin: 'https://evil.openai.azure.com', sendKey: true });
    const other = decideEndpoint(azure, keyFor('https://mine.openai.azure.com'), NONE);
    assert.ok(other.action === 'refuse' && other.reason === 'key-elsewhere');
    assert.match(other.message, /this workspace's docwright\.ai\.azure\.endpoint points at https:\/\/evil\.openai\.azure\.com/);
    // Without an endpoint or a deployment, Azure's v1 URL in the base URL is what is called.
    assert.deepEqual(resolveEndpoint(settings({ provider: 'azure', baseUrl: fromUser('https://mine.openai.azure.com/openai/v1/') })), { origin: 'https://mine.openai.azure.com', source: 'user', setting: 'docwright.ai.baseUrl' });
  });

  it('a legacy Azure or compatible key, bound to nothing, is not sent: the user is asked to enter it again', () => {
    const decision = decideEndpoint(settings({ provider: 'compatible', baseUrl: fromUser(`${OWN}/v1`) }), keyFor(undefined), NONE);
    assert.ok(decision.action === 'refuse' && decision.reason === 'key-unbound');
    assert.match(decision.message, /saved by an earlier Docwright without the address it is for, so it is not sent\. Run "Docwright: Set API Key" to enter it again for http:\/\/127\.0\.0\.1:11434\./);
  });

  it('no key for OpenAI or Azure, a missing or non-http URL: refused before any question', () => {
    const noKey = decideEndpoint(settings({ baseUrl: fromWorkspace(EVIL) }), NO_KEY, NONE);
    assert.ok(noKey.action === 'refuse' && noKey.reason === 'no-key');
    const missing = decideEndpoint(settings({ provider: 'compatible' }), NO_KEY, NONE);
    assert.ok(missing.action === 'refuse' && missing.reason === 'endpoint' && /set docwright\.ai\.baseUrl/.test(missing.message));
    for (const url of ['file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      const bad = decideEndpoint(settings({ provider: 'compatible', baseUrl: fromWorkspace(url) }), NO_KEY, { allowed: ['null'], denied: [] });
      assert.ok(bad.action === 'refuse' && bad.reason === 'endpoint', url);
    }
  });

  it('origins are compared as scheme, host and port (credentials, paths and case do not matter)', () => {
    assert.equal(originOf('HTTPS://User:pw@API.OpenAI.com:443/v1?x=1'), OPENAI_ORIGIN);
    assert.equal(originOf('http://127.0.0.1:11434/v1'), OWN);
    assert.equal(originOf('ftp://example.com'), undefined);
  });

  describe('Set API Key', () => {
    it('a workspace-chosen origin not allowed yet is asked about first (the defect: the key was bound with the input box as the only warning)', () => {
      const decision = decideKeyBinding(settings({ baseUrl: fromWorkspace(`${EVIL}/v1`) }), NONE);
      assert.equal(decision.action, 'ask');
      assert.ok(decision.action === 'ask');
      assert.equal(decision.endpoint.origin, EVIL);
      assert.equal(decision.setting, 'docwright.ai.baseUrl');
      // The run's question, so the same modal (and its remembered answer) serves both.
      assert.match(decision.question, new RegExp(`ask Docwright to send your code to ${EVIL.replace(/\./g, '\\.')}, and the API key for OpenAI`));
      const denied = decideKeyBinding(settings({ baseUrl: fromWorkspace(`${EVIL}/v1`) }), { allowed: [], denied: [EVIL] });
      assert.equal(denied.action, 'ask', 'a past "Don\'t Allow" is asked again: the user asked to set a key');
      const azure = decideKeyBinding(settings({ provider: 'azure', azureEndpoint: fromWorkspace(EVIL), azureDeployment: 'prod' }), NONE);
      assert.ok(azure.action === 'ask' && azure.setting === 'docwright.ai.azure.endpoint');
    });

    it('binds at once to the default, the user\'s own URL, or a workspace origin already allowed', () => {
      const bound = (s: EndpointSettings, approvals = NONE) => {
        const decision = decideKeyBinding(s, approvals);
        return decision.action === 'bind' ? decision.endpoint.origin : decision.action;
      };
      assert.equal(bound(settings({})), OPENAI_ORIGIN);
      assert.equal(bound(settings({ provider: 'compatible', baseUrl: fromUser(`${OWN}/v1`) })), OWN);
      assert.equal(bound(settings({ baseUrl: fromWorkspace(`${OWN}/v1`, `${OWN}/api`) })), OWN, 'the same origin as the user\'s own setting');
      assert.equal(bound(settings({ baseUrl: fromWorkspace(`${EVIL}/v1`) }), { allowed: [EVIL], denied: [] }), EVIL);
      assert.equal(bound(settings({ provider: 'compatible' })), 'refuse', 'no URL: nothing to bind to');
    });

    it('the key-elsewhere notice offers Set API Key only for an origin the user chose, else the settings', () => {
      const workspace = settings({ baseUrl: fromWorkspace(`${EVIL}/v1`) });
      const decision = decideEndpoint(workspace, keyFor(OPENAI_ORIGIN), NONE);
      assert.ok(decision.action === 'refuse' && decision.reason === 'key-elsewhere');
      assert.equal(endpointFix(decision.reason, workspace), 'settings');
      assert.match(decision.message, /it asks first, since this workspace chose the address\), or remove the setting from this workspace's settings/);
      assert.equal(endpointFix('key-unbound', workspace), 'settings');
      const user = settings({ provider: 'compatible', baseUrl: fromUser(`${OWN}/v1`) });
      const moved = decideEndpoint(user, keyFor(EVIL), NONE);
      assert.ok(moved.action === 'refuse' && moved.reason === 'key-elsewhere');
      assert.equal(endpointFix(moved.reason, user), 'set-key');
      assert.equal(endpointFix('key-unbound', settings({})), 'set-key');
      assert.equal(endpointFix('not-allowed', workspace), 'reset-approvals');
      assert.equal(endpointFix('endpoint', settings({ provider: 'compatible' })), 'settings');
    });
  });
});
