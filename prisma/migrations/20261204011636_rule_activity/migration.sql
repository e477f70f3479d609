-- CreateTable
CREATE TABLE "BangkokRuleActivity" (
    "ruleNumber" INTEGER NOT NULL,
    "threads" INTEGER NOT NULL,
    "requests" INTEGER NOT NULL,
    "openRequests" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "organizations" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BangkokRuleActivity_pkey" PRIMARY KEY ("ruleNumber")
);

-- AddForeignKey
ALTER TABLE "BangkokRuleActivity" ADD CONSTRAINT "BangkokRuleActivity_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "BangkokRuleCountryActivity" (
    "ruleNumber" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "threads" INTEGER NOT NULL,

    CONSTRAINT "BangkokRuleCountryActivity_pkey" PRIMARY KEY ("ruleNumber","countryCode")
);

-- AddForeignKey
ALTER TABLE "BangkokRuleCountryActivity" ADD CONSTRAINT "BangkokRuleCountryActivity_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE CASCADE ON UPDATE CASCADE;
