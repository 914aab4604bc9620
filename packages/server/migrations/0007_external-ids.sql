-- The integrator's own key (`externalId` on contacts, accounts, orders, deals and tickets) is
-- unique per tenant and collection: `POST /v1/{collection}/bulk` creates or updates by it, and a
-- concurrent create of the same key is refused by this index rather than stored twice. Records
-- without one index a NULL, which never collides. It also serves `where={"externalId": …}`.
CREATE UNIQUE INDEX records_by_external_id ON records (tenant_id, collection, (data #> '{externalId}'));
