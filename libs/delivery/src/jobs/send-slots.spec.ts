import { SendSlots } from './send-slots';

const tick = () => new Promise((r) => setImmediate(r));

describe('SendSlots', () => {
  it('lets `size` holders in and the next in line when one gives its slot back', async () => {
    const slots = new SendSlots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    expect(slots.inUse).toBe(2);
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    await tick();
    expect(order).toEqual([]);
    a();
    await tick();
    expect(order).toEqual(['c']);
    expect(slots.inUse).toBe(2);
    b();
    await tick();
    expect(order).toEqual(['c', 'd']);
    (await c)();
    (await d)();
    expect(slots.inUse).toBe(0);
  });

  it('ignores a slot given back twice (it would let one sender too many in)', async () => {
    const slots = new SendSlots(1);
    const release = await slots.acquire();
    release();
    release();
    expect(slots.inUse).toBe(0);
    await slots.acquire();
    let third = false;
    void slots.acquire().then(() => (third = true));
    await tick();
    expect(third).toBe(false);
  });

  it('never holds more than its size under many concurrent holders', async () => {
    const slots = new SendSlots(3);
    let peak = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const release = await slots.acquire();
        peak = Math.max(peak, slots.inUse);
        await new Promise((r) => setTimeout(r, i % 3));
        release();
      }),
    );
    expect(peak).toBe(3);
    expect(slots.inUse).toBe(0);
  });

  it('refuses a size below one', () => {
    expect(() => new SendSlots(0)).toThrow(/size/);
  });
});
