import {
  AppError,
  deserializeError,
  ERRORS,
  isErrorCode,
  serializeError,
  setupSection,
  toAppError,
  type ErrorCode,
} from '../../lib/errors';

const CODES = Object.keys(ERRORS) as ErrorCode[];

describe('ERRORS', () => {
  it.each(CODES)('%s has a distinct name and a full sentence for the user', (code) => {
    const { name, text } = ERRORS[code];
    expect(name).toMatch(/^[A-Z]\w+Error$/);
    expect(text).toMatch(/^[A-Z].{10,}[.!]$/);
  });

  it('uses each error name once', () => {
    const names = CODES.map((code) => ERRORS[code].name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('where each sentence sends the user', () => {
  const LOCAL = CODES.filter((code) => /^(local|model|webgpu)-/.test(code));
  const CLOUD = CODES.filter((code) => /^(cloud|endpoint)-/.test(code));

  it.each(LOCAL)('%s (the device cannot write) never sends the user to a cloud mode', (code) => {
    // Sketch and Logit need the device's model too; Redacted cloud needs the cloud: suggesting them
    // from here is how "use Redacted cloud" / "use Local only" turned into a circle.
    expect(ERRORS[code].text).not.toMatch(/Redacted cloud|Sketch mode|Logit mode|switch this site/i);
  });

  it.each(CLOUD)('%s (the cloud failed) suggests no mode but Local only', (code) => {
    const modes = ERRORS[code].text.match(/(Local only|Redacted cloud|Sketch|Logit)(?= mode|\b)/g) ?? [];
    for (const mode of modes) expect(['Local only', 'Sketch', 'Logit']).toContain(mode);
    expect(ERRORS[code].text).not.toMatch(/Redacted cloud/);
  });

  it('every sentence that sends the user to CoGenesis options comes with a section to open', () => {
    const unopened = CODES.filter(
      (code) => /CoGenesis options/.test(ERRORS[code].text) && !setupSection(code),
    );
    expect(unopened).toEqual([]);
    expect(setupSection('local-unreachable')).toBe('setup');
    expect(setupSection('webgpu-unavailable')).toBe('models');
    expect(setupSection('cancelled')).toBeUndefined();
  });
});

describe('AppError', () => {
  it('carries the code, the name and the sentence, with the detail appended', () => {
    const error = new AppError('guard-blocked', 'Still present: profile name.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OutboundGuardError');
    expect(error.userText).toBe(`${ERRORS['guard-blocked'].text} Still present: profile name.`);
    expect(new AppError('cancelled').userText).toBe(ERRORS.cancelled.text);
  });
});

describe('serialize / deserialize', () => {
  it.each(CODES.flatMap((code) => [[code, undefined] as const, [code, 'some detail'] as const]))(
    '%s (detail %j) survives the round trip',
    (code, detail) => {
      const wire = JSON.parse(JSON.stringify(serializeError(new AppError(code, detail)))) as unknown;
      const back = deserializeError(wire);
      expect(back).toBeInstanceOf(AppError);
      expect(back.code).toBe(code);
      expect(back.detail).toBe(detail);
      expect(back.userText).toBe(new AppError(code, detail).userText);
    },
  );

  it('leaves out an absent detail rather than sending undefined', () => {
    expect(Object.keys(serializeError(new AppError('cloud-auth')))).toEqual(['code']);
  });

  it.each<[string, unknown, ErrorCode]>([
    ['a plain Error', new Error('boom'), 'internal'],
    ['a string', 'boom', 'internal'],
    ['undefined', undefined, 'internal'],
    ['an AbortError', Object.assign(new Error('aborted'), { name: 'AbortError' }), 'cancelled'],
    ['a DOMException abort', new DOMException('aborted', 'AbortError'), 'cancelled'],
  ])('serializes %s as its code', (_label, value, code) => {
    expect(serializeError(value).code).toBe(code);
  });

  it('does not leak the message of an unknown error', () => {
    expect(serializeError(new Error('Martin Reynolds, 12 Elm St'))).toEqual({ code: 'internal' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'cloud-auth'],
    ['an unknown code', { code: 'nope' }],
    ['an inherited key', { code: 'toString' }],
    ['a number code', { code: 401 }],
  ])('deserializes %s as internal', (_label, value) => {
    expect(deserializeError(value).code).toBe('internal');
  });

  it('drops a detail that is not text', () => {
    expect(deserializeError({ code: 'cloud-auth', detail: 42 }).detail).toBeUndefined();
  });

  it('toAppError keeps an AppError as it is', () => {
    const error = new AppError('cloud-timeout');
    expect(toAppError(error)).toBe(error);
  });

  it.each([
    ['cloud-auth', true],
    ['internal', true],
    ['constructor', false],
    [undefined, false],
  ])('isErrorCode(%j) is %s', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});
