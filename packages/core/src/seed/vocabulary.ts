/** Word lists the generator draws from. Accented names are there on purpose: search must ignore accents. */

export const FIRST_NAMES = [
  'José', 'Zoë', 'François', 'Renée', 'Björn', 'Ana', 'Søren', 'Chloé', 'Łukasz', 'Inés',
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mason',
  'Priya', 'Arjun', 'Mei', 'Hiroshi', 'Fatima', 'Omar', 'Grace', 'Daniel', 'Hannah', 'Samuel',
  'Isabella', 'Leo', 'Amelia', 'Jack', 'Nora', 'Oscar', 'Elena', 'Mateo', 'Aisha', 'Yusuf',
] as const;

export const LAST_NAMES = [
  'Müller', 'Ångström', 'Lefèvre', 'Núñez', 'Håkansson', 'Dubois', 'Kowalczyk', 'García', 'Çelik', 'Østergaard',
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Martin', 'Lee',
  'Patel', 'Kim', 'Nguyen', 'Chen', 'Okafor', 'Rossi', 'Novak', 'Silva', 'Schmidt', 'Murphy',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'shop.example', 'corp.example'] as const;

export const TEAM_NAMES = [
  'Alex Morgan', 'Sam Rivera', 'Jordan Blake', 'Taylor Quinn', 'Casey Park', 'Riley Chen',
  'Jamie Ortiz', 'Morgan Hale', 'Avery Stone', 'Drew Collins', 'Parker Lane', 'Skyler Reed',
] as const;

export const ASSISTANT_NAMES = [
  'Billing Bot', 'Shipping Helper', 'Account Assistant', 'Returns Desk', 'Tech Support AI', 'Store Guide',
  'Onboarding Buddy', 'Subscription Pal', 'Order Tracker', 'Security Helper', 'Product Expert', 'Sales Concierge',
  'Warranty Assistant', 'Gift Card Helper', 'Payments Bot', 'Mobile App Guide', 'Travel Planner', 'Booking Assistant',
] as const;

/** A support topic: subjects, what the end user says, what the assistant answers, what the team replies. */
export interface Topic {
  subjects: readonly string[];
  user: readonly string[];
  assistant: readonly string[];
  team: readonly string[];
}

// `{n}` is replaced by an order, invoice or reference number.
export const TOPICS: readonly Topic[] = [
  {
    subjects: ['Refund not received for order #{n}', 'Requesting a refund for order #{n}', 'Refund amount is wrong'],
    user: ['I returned my order two weeks ago and still have not received my refund.', 'The refund I got is less than what I paid. Can someone check?', 'When will the refund show up on my card?'],
    assistant: ['I can see the return was received. Refunds usually take 5 to 10 business days to appear.', 'I have checked the order; the refund was issued to the original payment method.', 'I am not able to change refund amounts. Let me hand this to a person on the team.'],
    team: ['I have escalated the refund with our payments team and will update you within 24 hours.', 'The refund was processed today; you should see it within 3 business days.'],
  },
  {
    subjects: ['Cannot log in to my account', 'Login code never arrives', 'Locked out after password reset'],
    user: ['Every time I try to log in it says my password is wrong, even after a reset.', 'The one-time login code never arrives by email or text.', 'My account got locked after too many attempts.'],
    assistant: ['Please try the password reset link again and check your spam folder.', 'For security reasons I cannot unlock accounts. I will pass this to the team.', 'Could you confirm the email address you use to sign in?'],
    team: ['I have unlocked your account. Please try logging in again now.', 'We found a delay with our email provider; the login codes should arrive now.'],
  },
  {
    subjects: ['Charged twice on invoice {n}', 'Billing address cannot be updated', 'Question about my latest invoice'],
    user: ['I was charged twice for the same invoice this month.', 'The billing page will not save my new address.', 'My invoice shows a fee I do not recognise.'],
    assistant: ['I see two charges on your card. One of them may be a pending authorisation that drops off.', 'Billing changes need a human. I am creating a ticket for the billing team.', 'The fee appears to be the annual plan renewal.'],
    team: ['We voided the duplicate charge; it will disappear from your statement in a few days.', 'Your billing address is updated on our side now.'],
  },
  {
    subjects: ['Package #{n} has not arrived', 'Shipping delayed for two weeks', 'Wrong shipping address on order #{n}'],
    user: ['My package was supposed to arrive last Monday and tracking has not moved.', 'I entered the wrong shipping address. Can you change it before it ships?', 'The courier says the parcel was delivered but I never got it.'],
    assistant: ['Tracking shows the parcel is at the local depot. It should be delivered within two days.', 'I cannot change the address once an order is packed. Let me get a human to help.', 'I have opened a trace with the courier for your parcel.'],
    team: ['The courier confirmed the parcel was lost; we are sending a replacement at no cost.', 'We caught the order before it shipped and changed the address.'],
  },
  {
    subjects: ['Subscription renewed without notice', 'How do I cancel my subscription?', 'Upgrade to annual plan failed'],
    user: ['My subscription renewed and I did not get a reminder email.', 'I want to cancel my subscription but the button does nothing.', 'I tried to upgrade to the annual plan and got an error.'],
    assistant: ['Renewal reminders are sent seven days before the date. I will ask the team to review your case.', 'You can cancel under Settings, Plan. If the button does not work I can escalate.', 'The upgrade error looks like a payment decline. Please try another card.'],
    team: ['We cancelled the subscription and refunded the renewal.', 'The upgrade went through now; thanks for your patience.'],
  },
  {
    subjects: ['App crashes when opening settings', 'Sync error on mobile app', 'Export to CSV is broken'],
    user: ['The app crashes every time I open the settings screen.', 'My data does not sync between the phone and the web.', 'Exporting my reports to CSV gives an empty file.'],
    assistant: ['Please update the app to the latest version and restart your phone.', 'Could you tell me which phone model and app version you use?', 'This looks like a bug. I am forwarding the details to the technical team.'],
    team: ['Our engineers found the crash and a fix ships in version 4.2 this week.', 'We fixed the CSV export; please try again.'],
  },
  {
    subjects: ['Item arrived damaged', 'Missing part in my order #{n}', 'Warranty claim for broken charger'],
    user: ['The box was crushed and the item inside is broken.', 'One of the parts listed is missing from the package.', 'My charger stopped working after three months.'],
    assistant: ['I am sorry about that. Could you send a photo of the damage?', 'Thanks for the photo. A replacement needs approval from the team.', 'The charger is under warranty. I will open a claim for you.'],
    team: ['We are shipping a replacement today; no need to return the damaged one.', 'Your warranty claim is approved. A new charger is on its way.'],
  },
  {
    subjects: ['Gift card balance is zero', 'Promo code not applied', 'Price changed after checkout'],
    user: ['My gift card shows a zero balance but I never used it.', 'The promo code was accepted but the discount is not on my order.', 'The price went up between adding to cart and paying.'],
    assistant: ['I can see the gift card was redeemed on another account. I will escalate this.', 'Promo codes cannot be applied after payment. A team member can review it.', 'Prices are locked at checkout; let me check what happened.'],
    team: ['We restored the gift card balance.', 'We refunded the discount difference to your card.'],
  },
];

export const NOTE_BODIES = [
  'Customer has contacted us about this before; see the earlier ticket.',
  'Checked with the warehouse: the item left on time.',
  'Waiting on the payments team before replying.',
  'Possible fraud pattern, keep an eye on this account.',
  'Escalated to engineering, bug reference attached in the tracker.',
  'VIP customer, please reply within the hour.',
] as const;
