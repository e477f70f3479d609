-- The public page cache (lib/http/public-cache.ts) drops a campaign's pages the moment a change that alters them
-- commits: this trigger notifies the campaign's slug on the channel the web servers LISTEN on. NOTIFY is
-- delivered at commit (never for a rolled-back change), and once per slug and transaction.
CREATE FUNCTION public_page_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('wipn_public_pages', NEW.slug);
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('wipn_public_pages', OLD.slug);
    RETURN OLD;
  END IF;
  IF NEW."contentVersion" IS DISTINCT FROM OLD."contentVersion" OR NEW.slug IS DISTINCT FROM OLD.slug
     OR NEW.indexable IS DISTINCT FROM OLD.indexable OR NEW."publishAt" IS DISTINCT FROM OLD."publishAt" THEN
    PERFORM pg_notify('wipn_public_pages', OLD.slug);
    IF NEW.slug IS DISTINCT FROM OLD.slug THEN
      PERFORM pg_notify('wipn_public_pages', NEW.slug);
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Campaign_public_page_notify" AFTER INSERT OR DELETE OR UPDATE OF "contentVersion", slug, indexable, "publishAt" ON "Campaign"
  FOR EACH ROW EXECUTE FUNCTION public_page_notify();
