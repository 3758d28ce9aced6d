/**
 * The client restarts a crashed server a limited number of times and tells the user once
 * (client/src/restartPolicy.ts, with a fake clock). The end-to-end suite kills the real server in
 * VS Code and checks the same from the outside.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../client/src/restartPolicy';

test('three restarts in three minutes, then it stays stopped; the user is told once', () => {
  let now = 0;
  const policy = new RestartPolicy(3, 180_000, () => now);
  const decisions = [];
  for (let i = 0; i < 5; i++) {
    decisions.push(policy.crashed());
    now += 10_000;
  }
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, false, false]);
  assert.deepEqual(decisions.map((d) => d.tell !== undefined), [true, false, false, false, false], 'one message in the whole session');
  assert.match(decisions[0].tell!, /stopped unexpectedly and was restarted/);
  assert.match(decisions[3].log, /stopped unexpectedly 4 times in 3 minutes; it is not restarted again\. Run "Crosscheck: Restart the language server" to start it\./);
});

test('crashes far apart are each restarted, and a restart by hand starts the count again', () => {
  let now = 0;
  const policy = new RestartPolicy(3, 180_000, () => now);
  for (let i = 0; i < 10; i++) {
    assert.equal(policy.crashed().restart, true, `crash ${i + 1}, an hour after the one before`);
    now += 3_600_000;
  }
  for (let i = 0; i < 3; i++) policy.crashed();
  assert.equal(policy.crashed().restart, false);
  policy.reset();
  assert.equal(policy.crashed().restart, true);
  assert.equal(policy.crashed().tell, undefined, 'still not told twice');
});

test('when the very first crash is already past the limit, that one message says it stays stopped', () => {
  const policy = new RestartPolicy(0, 180_000, () => 0);
  const decision = policy.crashed();
  assert.equal(decision.restart, false);
  assert.match(decision.tell!, /not restarted again/);
});
