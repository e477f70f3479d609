-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "organizationRole" "OrganizationRole" NOT NULL DEFAULT 'MEMBER';
