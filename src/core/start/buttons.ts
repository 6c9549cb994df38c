import { buttonCodec, field } from '../buttons.ts';
import { LOCALES } from '../locale.ts';

/** Callback data of the language buttons (/language, /start): `lang:<locale>`. */
export const languageData = buttonCodec('lang', { locale: field.oneOf(LOCALES) });
