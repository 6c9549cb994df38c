import { buttonCodec, field } from '../../buttons.ts';
import { FORM_ACTIONS } from './state.ts';

/**
 * Callback data of the complaint form's buttons, `cf:<action>:<arg?>`: `cf:cat:<category code>`,
 * `cf:set:<option index|none>`, `cf:join:<complaint id>`, `cf:consent:y|n`, and `cf:new`, `cf:next`,
 * `cf:skip`, `cf:send`, `cf:cancel`. Whether a button fits the current step is the form's decision.
 */
export const formData = buttonCodec('cf', { action: field.oneOf(FORM_ACTIONS), arg: field.text });
