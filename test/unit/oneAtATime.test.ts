import assert from 'node:assert/strict';
import { oneAtATime } from '../../src/core/oneAtATime';

describe('oneAtATime', () => {
  it('a call while one runs joins it; once it settles, the next call runs again', async () => {
    let runs = 0;
    let release!: (value: string) => void;
    const ask = oneAtATime(async (label: string) => {
      runs++;
      return new Promise<string>((resolve) => (release = (v) => resolve(`${label}:${v}`)));
    });
    const first = ask('first');
    const second = ask('second'); // e.g. the walkthrough button's keyup
    assert.equal(runs, 1, 'the second call did not start the command again');
    release('answer');
    assert.equal(await first, 'first:answer');
    assert.equal(await second, 'first:answer');
    const third = ask('third');
    assert.equal(runs, 2);
    release('again');
    assert.equal(await third, 'third:again');
  });

  it('a failed run does not block the next one', async () => {
    let runs = 0;
    const flaky = oneAtATime(async () => {
      runs++;
      if (runs === 1) throw new Error('cancelled');
      return 'ok';
    });
    await assert.rejects(flaky(), /cancelled/);
    assert.equal(await flaky(), 'ok');
  });
});
