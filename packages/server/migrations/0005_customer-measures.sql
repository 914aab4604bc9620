-- Customer measures kept by the automation worker (see docs/automation.md): per contact and per
-- account, the relationship measures the widgets show, and the purchase figures that RFM ranks
-- a customer by, so one customer is ranked by counting rows instead of reading every order.
CREATE TABLE customer_measures (
  tenant_id text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL CHECK (kind IN ('contact', 'account')),
  customer_id text COLLATE "C" NOT NULL,
  -- The purchase figures (absent: never bought, or bought in several currencies).
  currency text COLLATE "C",
  order_count integer,
  revenue double precision,
  last_order_at timestamptz,
  -- What the widgets read: lifecycle, tier, loyalty, rfm, churn.
  measures jsonb NOT NULL,
  computed_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, kind, customer_id)
);

-- Where one customer stands among the others of its currency: counted over these.
CREATE INDEX customer_measures_frequency ON customer_measures (tenant_id, kind, currency, order_count) WHERE currency IS NOT NULL;
CREATE INDEX customer_measures_revenue ON customer_measures (tenant_id, kind, currency, revenue) WHERE currency IS NOT NULL;
CREATE INDEX customer_measures_recency ON customer_measures (tenant_id, kind, currency, last_order_at) WHERE currency IS NOT NULL;
