import { timestamp } from 'drizzle-orm/pg-core';

// The original schema declared plain TIMESTAMP; we store timestamptz so a server or session
// in another time zone can never shift recorded instants (docs/database.md).
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** created_at / updated_at pair shared by most tables; updated_at also moves on every ORM update. */
export const timestamps = {
  createdAt: timestamptz('created_at').defaultNow(),
  updatedAt: timestamptz('updated_at')
    .defaultNow()
    .$onUpdate(() => new Date()),
};
