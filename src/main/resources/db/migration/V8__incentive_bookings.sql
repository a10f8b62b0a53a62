-- Issue 15: one notion of "today" for bookings, and bonuses booked exactly once.
-- booked_on is the business day of the booking (the engine's date, which a test moves forward);
-- created_at stays the moment the row was written. Statements place an entry by booked_on.
ALTER TABLE incentive_ledger ADD COLUMN booked_on DATE;
UPDATE incentive_ledger SET booked_on = CAST(created_at AS DATE);
ALTER TABLE incentive_ledger ALTER COLUMN booked_on SET NOT NULL;

-- What a bonus is for, e.g. 'certification:NW-L01:itil4-foundation' or 'kpi-target:service-level:3';
-- unique per contract so a retried job or a second node never books the same bonus twice.
-- Penalties and waivers have none (their milestone and the quarterly cap govern them).
ALTER TABLE incentive_ledger ADD COLUMN booking_key VARCHAR(160);
CREATE UNIQUE INDEX ux_incentive_ledger_booking ON incentive_ledger (contract_id, booking_key);
