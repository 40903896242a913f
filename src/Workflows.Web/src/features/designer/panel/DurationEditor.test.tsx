import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import i18n from '../../../i18n';
import { DurationEditor } from './DurationEditor';

describe('DurationEditor', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says a duration typed as ISO text in words beside it', async () => {
    await i18n.changeLanguage('sr-Latn');
    const { container } = render(<DurationEditor id="d" value="P1DT22H" onChange={() => undefined} />);
    expect((container.querySelector('input') as HTMLInputElement).value).toBe('P1DT22H');
    expect(container.querySelector('.designer-duration-words')?.textContent).toBe('1 dan i 22 sata');
  });

  it('says nothing beside a value it cannot read', async () => {
    const { container } = render(<DurationEditor id="d" value="soon" onChange={() => undefined} />);
    expect(container.querySelector('.designer-duration-words')).toBeNull();
  });
});
