import { advanceClock, freezeClock, now, resetClock } from '../../mocks/clock';

// Real time is faked here only to show which clock follows it.
describe('mock backend: clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T12:00:00Z'));
    resetClock();
  });
  afterEach(() => {
    resetClock();
    vi.useRealTimers();
  });

  it('runs with real time plus what the tests advanced', () => {
    advanceClock(60_000);
    vi.setSystemTime(new Date('2025-03-01T12:00:05Z'));
    expect(now().toISOString()).toBe('2025-03-01T12:01:05.000Z');
  });

  it('stands still once frozen: only advanceClock moves it, until reset', () => {
    freezeClock();
    vi.setSystemTime(new Date('2025-03-01T12:00:05Z'));
    expect(now().toISOString()).toBe('2025-03-01T12:00:00.000Z');
    advanceClock(2_600);
    expect(now().toISOString()).toBe('2025-03-01T12:00:02.600Z');
    resetClock();
    expect(now().toISOString()).toBe('2025-03-01T12:00:05.000Z');
  });
});
