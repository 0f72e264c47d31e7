import { CONTACT_HANDLERS, type Handler } from './contacts';

export { HttpError, type Call, type Handler } from './contacts';

/**
 * Every operation the fake answers, by `module/operationId`. Each resource keeps its handlers in
 * a file of its own here; an operation without a handler answers 501 after validation.
 */
export const HANDLERS: Record<string, Handler> = {
	...CONTACT_HANDLERS,
};
