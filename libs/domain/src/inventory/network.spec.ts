import {
  formatIpv4,
  ipInCidr,
  normaliseHostname,
  normaliseMac,
  parseCidr,
  parseIpv4,
} from './network';

describe(parseIpv4.name, () => {
  it.each([
    ['10.20.1.7', 0x0a140107],
    ['0.0.0.0', 0],
    ['255.255.255.255', 0xffffffff],
    ['256.1.1.1', null],
    ['10.1.1', null],
    ['10.01.1.1', null],
    ['a.b.c.d', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseIpv4(raw)).toBe(expected);
  });

  it('formats back', () => {
    expect(formatIpv4(0xc0a80a01)).toBe('192.168.10.1');
  });
});

describe(parseCidr.name, () => {
  it('reads a block', () => {
    expect(parseCidr('10.20.1.0/24')).toEqual({
      ok: true,
      cidr: { network: 0x0a140100, prefix: 24, text: '10.20.1.0/24' },
    });
  });

  it.each([
    ['10.20.1.5/24', 'has host bits set; the block is 10.20.1.0/24'],
    ['10.20.1.0/33', 'must be an IPv4 block such as 10.20.1.0/24'],
    ['10.20.1.0', 'must be an IPv4 block such as 10.20.1.0/24'],
    ['nonsense/8', 'must be an IPv4 block such as 10.20.1.0/24'],
  ])('refuses %s', (raw, reason) => {
    expect(parseCidr(raw)).toEqual({ ok: false, reason });
  });
});

describe(ipInCidr.name, () => {
  const block = (text: string) => {
    const result = parseCidr(text);
    if (!result.ok) throw new Error(result.reason);
    return result.cidr;
  };
  it.each([
    ['10.20.1.7', '10.20.1.0/24', true],
    ['10.20.1.255', '10.20.1.0/24', true],
    ['10.20.2.1', '10.20.1.0/24', false],
    ['10.20.2.1', '10.20.0.0/16', true],
    ['192.168.0.1', '0.0.0.0/0', true],
    ['10.0.0.1', '10.0.0.1/32', true],
    ['10.0.0.2', '10.0.0.1/32', false],
  ])('%s in %s: %s', (ip, cidr, inside) => {
    expect(ipInCidr(parseIpv4(ip) ?? -1, block(cidr))).toBe(inside);
  });
});

describe(normaliseMac.name, () => {
  it.each([
    ['00:0C:29:AB:CD:EF', '00:0c:29:ab:cd:ef'],
    ['00-0c-29-ab-cd-ef', '00:0c:29:ab:cd:ef'],
    ['000c29abcdef', '00:0c:29:ab:cd:ef'],
    ['00:0c-29:ab:cd:ef', null],
    ['00:0c:29:ab:cd', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseMac(raw)).toBe(expected);
  });
});

describe(normaliseHostname.name, () => {
  it.each([
    ['SOC-PC-0001', 'soc-pc-0001'],
    ['mail.council.local', 'mail.council.local'],
    ['-bad', null],
    ['under_score', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseHostname(raw)).toBe(expected);
  });
});
