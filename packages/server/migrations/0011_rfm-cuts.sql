-- One customer whose orders changed is scored against the cuts of the tenant's last full RFM
-- ranking (where each quintile score steps up; see rfmCuts in @rapport/core/domain), read by key,
-- instead of counting every other customer of its currency: at 100,000 customers that count took
-- longer than the whole update may. The figures and indexes kept for counting go.
CREATE TABLE rfm_cuts (
  tenant_id text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL CHECK (kind IN ('contact', 'account')),
  currency text COLLATE "C" NOT NULL,
  cuts jsonb NOT NULL,
  ranked_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, kind, currency)
);

DROP INDEX customer_measures_frequency;
DROP INDEX customer_measures_revenue;
DROP INDEX customer_measures_recency;
ALTER TABLE customer_measures DROP COLUMN currency, DROP COLUMN order_count, DROP COLUMN revenue, DROP COLUMN last_order_at;
