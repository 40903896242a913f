import { inject } from 'vitest';

interface Mail {
  text?: string;
  to: { address: string }[];
}

/** The partner's answer link (`/r/{token}`) from the referral e-mail the SMTP catcher received for the case code. */
export async function referralAnswerLink(partnerEmail: string, code: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${inject('inboxUrl')}/email`)).json()) as Mail[];
    const mail = mails.find((m) => m.to.some((a) => a.address.toLowerCase() === partnerEmail) && (m.text ?? '').includes(code));
    const path = /\/r\/[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0];
    if (path) return path;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No referral e-mail to ${partnerEmail} for ${code} within 60 s`);
}
