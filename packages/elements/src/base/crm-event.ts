/**
 * Base of every widget event: it bubbles and crosses shadow roots, so a host page can listen on
 * any ancestor. Events announcing a change the host may veto are created `cancelable`.
 */
export abstract class CrmEvent<TDetail> extends CustomEvent<TDetail> {
  constructor(type: `crm-${string}`, detail: TDetail, options: { readonly cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
  }
}
