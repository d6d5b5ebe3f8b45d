/**
 * Query parameters that track a click and never change which article a URL shows. Removed from the
 * canonical URL so the same article reached from a newsletter, a share button or a search ad is saved
 * once. Entries ending in "*" are prefixes. One entry a line; compiled by hand from the parameters the
 * common analytics, ad and social tools append.
 */
export const TRACKING_PARAMS: readonly string[] = [
  "utm_*",
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "igsh",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ocid",
  "cmpid",
  "smid",
  "at_medium",
  "at_campaign",
  "at_*",
  "ref",
  "ref_src",
  "ref_url",
  "amp",
  "spm",
  "s_cid",
  "xtor",
];
