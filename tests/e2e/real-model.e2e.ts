/**
 * Sketch mode with a real local model: the draft is written by llama.cpp (a tiny model built at test
 * time, tests/models/) behind the OpenAI-compatible test server, through the extension's local-server
 * engine, so the chat template, stop token and streaming are the real thing. The cloud is the stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT } from '../models/tiny-spec';
import { startLlamaServer, type LlamaServer } from '../servers/llama-server';
import { expectNoPrivateValue, insertAndExpect, reviewedPanel } from './harness/flows';
import { useSuite } from './harness/suite';

const s = useSuite();
let llama: LlamaServer;

beforeAll(async () => {
  const { models } = await tinyModels();
  llama = await startLlamaServer({ models: { 'tiny-llama3': models.llama3.path } });
  await s.options.setEndpoints({ cloudUrl: s.cloud.url, localUrl: llama.url, localModel: 'tiny-llama3' });
  // The status line still says "Saved." from the suite's first save: read the stored value back instead.
  await s.options.page.reload();
  const localUrl = s.options.page.locator('input[name="localServer.baseURL"]');
  await localUrl.waitFor();
  expect(await localUrl.inputValue()).toBe(llama.url);
}, 300_000);
afterAll(() => llama?.close());

describe('sketch mode with a real llama.cpp model writing the draft', () => {
  it('shows the exact greedy text, gave the model the private context, and inserts it', async () => {
    const { page, panel } = await reviewedPanel(s);
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 60_000 });

    // The draft is what the model wrote under greedy decoding, no more, no less: its end-of-turn
    // token stopped the stream and no template text leaked into it.
    expect((await panel.getByTestId('draft').innerText()).trim()).toBe(TINY_TEXT);

    // llama.cpp received the context and the outline through its chat template.
    const chats = llama.requests.filter((r) => r.path === '/v1/chat/completions');
    const sent = JSON.stringify(chats.at(-1)?.body);
    expect(sent).toContain('Martin Reynolds');
    expect(sent).toContain('Outline to follow:');
    // The cloud stand-in saw none of it.
    expectNoPrivateValue(s.cloud.requests.filter((r) => r.method === 'POST').map((r) => r.body));

    await insertAndExpect(page, panel, TINY_TEXT);
    await page.close();
  });
});
