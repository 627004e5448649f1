import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage } from '../../../../shared/errors/error-message';

const systemError = (code: unknown) => Object.assign(new Error('no space left on device'), { code });

describe('errorMessage', () => {
  it.each<[unknown, string]>([
    [new Error('the disk is full'), 'the disk is full'],
    [new TypeError('x is not a function'), 'x is not a function'],
    ['a thrown string', 'a thrown string'],
    [42, '42'],
    [undefined, 'undefined'],
  ])('%s reads %s', (error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});

describe('errorCode', () => {
  it.each<[unknown, string | undefined]>([
    [systemError('ENOSPC'), 'ENOSPC'],
    [systemError(28), undefined],
    [new Error('plain'), undefined],
    [{ code: 'EACCES' }, undefined],
    ['EACCES', undefined],
  ])('%s has the code %s', (error, expected) => {
    expect(errorCode(error)).toBe(expected);
  });
});
