/** The performance marks that frame each timed request of bench:privacy-browser in its page's trace. */
export const REQUEST_MARKS = { start: 'cogenesis-request', end: 'cogenesis-request-end' } as const;
