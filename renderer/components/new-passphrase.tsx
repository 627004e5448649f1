/**
 * Choosing a new passphrase: typed twice, checked for length and for the two being the same. Used by
 * the workspace lock and by protected assessment files, which follow the same rule.
 */
import { useState } from 'react';
import { minimumPassphraseLength } from '../db/sealing';

/** The two fields' state, and what is wrong with them (null when the passphrase may be used). */
export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const problem =
    passphrase.length < minimumPassphraseLength
      ? `Use at least ${minimumPassphraseLength} characters; a few words are easier to remember than symbols.`
      : passphrase !== repeat
        ? 'The two passphrases differ. Type the same one twice.'
        : null;
  const clear = () => {
    setPassphrase('');
    setRepeat('');
  };
  return { passphrase, setPassphrase, repeat, setRepeat, problem, clear };
}

export function NewPassphraseFields({
  id,
  label,
  state,
}: {
  id: string;
  label: string;
  state: Pick<ReturnType<typeof useNewPassphrase>, 'passphrase' | 'setPassphrase' | 'repeat' | 'setRepeat'>;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{label}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="new-password"
          value={state.passphrase}
          onChange={(event) => state.setPassphrase(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>Repeat it</label>
        <input
          id={`${id}-repeat`}
          type="password"
          autoComplete="new-password"
          value={state.repeat}
          onChange={(event) => state.setRepeat(event.target.value)}
        />
      </div>
    </>
  );
}
