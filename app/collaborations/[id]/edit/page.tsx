import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestForm } from "@/components/collaborations/request-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices, loadRequestForEdit } from "@/lib/collaborations/loaders";
import { COLLABORATION_KINDS, COLLABORATION_LIMITS } from "@/lib/collaborations/schema";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CollaborationForm");
  return { title: t("editTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "CollaborationForm", "FormStatus", "ResourceAttach", "ui.button", "ui.formField"], async function EditRequestPage({ params }: PageProps<"/collaborations/[id]/edit">) {
  const { id } = await params;
  const [{ request, attachments }, { countries, languages }, t, kinds] = await Promise.all([loadRequestForEdit(id), loadChoices(), getTranslations("CollaborationForm"), getTranslations("CollaborationKinds")]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href={`/collaborations/${request.id}`} variant="subtle" className="text-sm">
        {t("cancel")}
      </Link>
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("editTitle")}</h1>
      <RequestForm
        requestId={request.id}
        kinds={COLLABORATION_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        languages={languages.map((option) => ({ value: option.code, label: option.name }))}
        organizations={[]}
        ruleGroups={RULE_GROUPS}
        initial={{
          kind: request.kind,
          title: request.title,
          body: request.source,
          needs: request.needs,
          countries: request.countries.map((country) => country.code),
          rules: request.ruleNumbers.map(String),
          languages: request.languages,
          deadline: request.deadline?.toISOString().slice(0, 10),
          collaboratorsWanted: String(request.collaboratorsWanted),
          visibility: request.visibility,
          namedMembers: request.named.flatMap((member) => (member.handle ? [`@${member.handle}`] : [])).join(" "),
          attachments,
        }}
        limits={{ ...COLLABORATION_LIMITS, attachments: ATTACHMENT_LIMIT }}
      />
    </PageContainer>
  );
});
