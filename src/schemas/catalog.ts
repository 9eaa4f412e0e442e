import * as z from 'zod/mini';
import {
  ClearanceLevelSchema,
  DegreeFieldSchema,
  DegreeLevelSchema,
  ExperienceMeasureSchema,
  IdSchema,
  SectionNameSchema,
  SkillCategorySchema,
  TierSchema,
} from './vocab';

/**
 * The catalog's schemas, made on first call (`catalogSchemas`): zod builds each schema as it is declared, and the core
 * validates only a user's catalog (`loadCatalog(input)`, a job ad's roles), never the bundled one: made at import, they
 * were a tenth of `import('rolefit')`. `rolefit/schemas` exports them as values (./catalog-schemas.ts).
 */
function makeCatalogSchemas() {
  // ─── Catalog (input: data/*.json and users' JSON) ───────────────────────────

  /** One way a skill or certification is written. A plain string is a case-insensitive phrase. */
  const AliasSchema = z.union([
    z.string().check(z.minLength(1)),
    z.strictObject({
      /** The phrase as written, e.g. `Go` or `TF`. */
      text: z.string().check(z.minLength(1)),
      /** Match the letter case exactly (for `Go`, `TF`, `C`). */
      caseSensitive: z.optional(z.boolean()),
      /** Accept only when one of these words stands within `window` words in the same clause (`@name` names a word set). */
      requireNear: z.optional(z.array(z.string().check(z.minLength(1)))),
      /** Reject when one of these words stands within `window` words in the same clause (`@name` names a word set). */
      rejectNear: z.optional(z.array(z.string().check(z.minLength(1)))),
      /**
       * Reject only when this many words of `rejectNear` stand near (default 1): with 2, a word beside the alias may name
       * what the work is on ("IAM roles for EC2 instances"), and two or more make a list the alias is an item of ("VPC, RDS,
       * EKS, IAM roles").
       */
      rejectMin: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
      /**
       * `rejectNear` words count only inside the alias's own list item, up to a comma outside brackets: "Machine learning,
       * LLM security, AI red teaming" lists machine learning as a skill of its own, while "machine learning red teaming" names
       * what is attacked.
       */
      rejectInItem: z.optional(z.boolean()),
      /** Reject when one of these words (no `@name` sets) stands right before the alias in its clause: the head of a compound ("label audits"). */
      rejectBefore: z.optional(z.array(z.string().check(z.minLength(1)))),
      /**
       * Reject when one of these words (no `@name` sets), a preposition of purpose, stands within `window` words before the
       * alias in its clause: the alias names what the work was for, not the work ("documentation for the RBI audits").
       */
      rejectObjectOf: z.optional(z.array(z.string().check(z.minLength(1)))),
      /** A second word list that must also be met, as `requireNear` is: "team" led (`requireNear`) and counted (`requireAlso`: "of 4", "(5 FTE)"). */
      requireAlso: z.optional(z.array(z.string().check(z.minLength(1)))),
      /** Words either side that `requireNear`/`rejectNear` look at (default 4). */
      window: z.optional(z.number().check(z.int(), z.gte(1), z.lte(12))),
      /** Accept only in these sections (e.g. a bare `C` only in a skills list). */
      sections: z.optional(z.array(SectionNameSchema)),
      /** Accept only inside dated work entries of these kinds ("automates" is security automation in security work). */
      entryKinds: z.optional(z.array(z.enum(['security', 'ml', 'other']))),
      /** A broader term that names the skill without dating it: a job that only mentions it adds no years ("model risk management" covers every kind of model). */
      undated: z.optional(z.boolean()),
      /** A person's title ("ML engineer", "auditor"): not read in the plural, which names other people ("with two ML engineers", "for the external auditors"). */
      singular: z.optional(z.boolean()),
      /** Accept only as the first words of a clause: "Team of 3." stated on its own names the person's team, "joined a team of 3" does not. */
      opensClause: z.optional(z.boolean()),
      /** A hosted service one builds on or secures ("Azure OpenAI", "Amazon Bedrock"): under a security title, in a sentence that secures or reviews it and builds nothing, it names what is secured and is no evidence (skills whose `workKind` is `ml` only). */
      platform: z.optional(z.boolean()),
      /** Other skills the alias names as well, always: "AWS IAM" is cloud security and AWS (`also: ["aws"]`), "GKE" is Kubernetes and GCP. */
      also: z.optional(z.array(IdSchema)),
    }),
  ]);

  /** A way to learn a skill, with an honest estimate of the hours it takes. */
  const LearningActionSchema = z.strictObject({
    kind: z.enum(['course', 'certification', 'project', 'practice', 'reading']),
    title: z.string().check(z.minLength(1)),
    hours: z.number().check(z.positive(), z.lte(2000)),
    url: z.optional(z.url()),
  });

  /** A reference to a public framework element (NICE, O*NET, ATLAS, OWASP, AI RMF, ECSF). */
  const FrameworkRefSchema = z.strictObject({
    framework: z.enum(['nice', 'onet', 'atlas', 'owasp-llm', 'owasp-ml', 'ai-rmf', 'ecsf', 'dcwf', 'seed']),
    id: z.string().check(z.minLength(1)),
    title: z.optional(z.string()),
  });

  /** A skill of the catalog. */
  const SkillSchema = z.strictObject({
    id: IdSchema,
    name: z.string().check(z.minLength(1)),
    category: SkillCategorySchema,
    description: z.optional(z.string()),
    aliases: z._default(z.array(AliasSchema), []),
    /** Skills that this one proves outright (`pytorch` → `deep-learning`). */
    implies: z._default(z.array(IdSchema), []),
    /** Skills close enough to earn partial credit for this one in scoring. */
    related: z._default(z.array(IdSchema), []),
    /** Skills to learn before this one. */
    prerequisites: z._default(z.array(IdSchema), []),
    learning: z._default(z.array(LearningActionSchema), []),
    refs: z._default(z.array(FrameworkRefSchema), []),
    /** Using this skill in a dated work entry is evidence that the entry is this kind of work (security work, ML work). */
    workKind: z.optional(z.enum(['security', 'ml'])),
    /** Research on this skill trains the models it studies (attacks on and defences of models): in a research appointment it is ML work too. */
    trainsModelsInResearch: z.optional(z.boolean()),
    /** Running ML systems (pipelines, registries, serving): ML work though the person says they train no model. */
    operatesMl: z.optional(z.boolean()),
    /** Skills a person holds whose years a dated entry using this one counts too (PyTorch work is Python work). */
    yearsFor: z.optional(z.array(IdSchema)),
    /** Held, its years run over every dated entry of this kind of work too (an ML job's months are machine-learning years). */
    kindYears: z.optional(z.enum(['security', 'ml'])),
    /**
     * Under a title of offensive testing only ("Pentester", "Red Team"), a mention of this skill names the tests and their
     * reports ("audits", "rapports d'audit"), no work of its own, unless its line names a law or standard audited against
     * (convention 60).
     */
    namesOffensiveTests: z.optional(z.boolean()),
    /** Held, its years run over every dated entry whose title names this field too: offensive testing ("AI Red Team Lead", convention 74). */
    titleYears: z.optional(z.enum(['offensive'])),
    /** Under an IT-operations title, a duty that uses only skills like this one runs the systems (staff accounts, SSO, MFA): no security duty of its own (convention 128). */
    operationsDuty: z.optional(z.boolean()),
  });

  /** A certification of the catalog. */
  const CertificationSchema = z.strictObject({
    id: IdSchema,
    name: z.string().check(z.minLength(1)),
    issuer: z.string().check(z.minLength(1)),
    aliases: z._default(z.array(AliasSchema), []),
    /** Skills the certification gives evidence for. */
    skills: z._default(z.array(IdSchema), []),
    /** Typical preparation time, for the plan. */
    hours: z.optional(z.number().check(z.positive(), z.lte(2000))),
  });

  const requirementBase = {
    /** Stable id inside the role; defaults to the skill id, measure or kind. */
    id: z.optional(IdSchema),
    label: z.optional(z.string().check(z.minLength(1))),
    weight: z.number().check(z.positive(), z.lte(100)),
    /** A hard requirement: `eligible` is false until it is met. */
    hard: z._default(z.boolean(), false),
    /** The sentence of the seed document or framework the requirement comes from. */
    source: z.string().check(z.minLength(1)),
    /** How the requirement is stated (job-posting roles always say; catalog roles may). */
    tier: z.optional(TierSchema),
    /**
     * Evidence the role's field rests on (LLM security for an AI security role): when none of a role's defining
     * requirements earns credit of the person's own (a related skill's credit is a neighbour's, not the field's), one at
     * least being known to be missing, the role is held back (`scoring.heldBackFactor`). Not with a title's `against`.
     */
    defining: z.optional(z.boolean()),
  };

  /** A skill requirement: any of `skills`, optionally for a minimum number of years. */
  const SkillRequirementSchema = z.strictObject({
    kind: z.literal('skill'),
    skills: z.array(IdSchema).check(z.minLength(1)),
    minYears: z.optional(z.number().check(z.positive(), z.lte(60))),
    /**
     * With `minYears`: the years are a must (said so, or listed under a must-have heading, and not softened), decided as
     * an experience requirement's `hard`. Only reported: scoring reads `hard`, which stays about the skill itself.
     */
    yearsHard: z.optional(z.boolean()),
    ...requirementBase,
  });

  /** An experience requirement on one of the measures. */
  const ExperienceRequirementSchema = z.strictObject({
    kind: z.literal('experience'),
    measure: ExperienceMeasureSchema,
    minYears: z.number().check(z.positive(), z.lte(60)),
    ...requirementBase,
  });

  /** A degree requirement: at least `minLevel`, in one of `fields` when given. */
  const DegreeRequirementSchema = z.strictObject({
    kind: z.literal('degree'),
    minLevel: DegreeLevelSchema,
    fields: z.optional(z.array(DegreeFieldSchema)),
    ...requirementBase,
  });

  /** A certification requirement: any of `anyOf`. */
  const CertificationRequirementSchema = z.strictObject({
    kind: z.literal('certification'),
    anyOf: z.array(IdSchema).check(z.minLength(1)),
    ...requirementBase,
  });

  /** A clearance requirement: at least `minLevel` (any level when absent); `active` when it must already be held; `polygraph` when one is asked. */
  const ClearanceRequirementSchema = z.strictObject({
    kind: z.literal('clearance'),
    minLevel: z.optional(ClearanceLevelSchema),
    active: z.optional(z.boolean()),
    polygraph: z.optional(z.boolean()),
    /** A full-scope (lifestyle) polygraph is asked, not only a counterintelligence one. */
    fullScopePolygraph: z.optional(z.boolean()),
    ...requirementBase,
  });

  /**
   * A title requirement: the title of a job the person holds now has a word of every group of `words` ("Director" +
   * "AI" + "Security"), and none of `without`. Words are compared without case or accents, as whole words; a group word may be a phrase
   * ("head of"). A role asks for the level and field a person works at now, which skills alone do not tell. With `against`, the
   * words name another field (an ML engineer role and a title that names security): such a title counts against the role.
   */
  const TitleRequirementSchema = z
    .strictObject({
      kind: z.literal('title'),
      words: z.array(z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.minLength(1))).check(z.minLength(1)),
      /** Words the title must not have ("AI" for a role that is not about AI). */
      without: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(60)))),
      /** The title is a sign against the role: a current title with the words leaves the requirement `missing`, any other `unknown`. */
      against: z.optional(z.boolean()),
      /**
       * Kinds of work ('security', 'ml') an entry's skills may show in place of every group of words but the last: a
       * "Postdoctoral Researcher" whose work is security and ML work researches ML security. With `against`, a current job
       * whose work shows these kinds counts against the role as its title would (an ATER researching attacks on models).
       */
      workKinds: z.optional(z.array(z.enum(['security', 'ml'])).check(z.minLength(1))),
      ...requirementBase,
    })
    .check(
      // A title that counts against the role can only ever be missing or unknown: as defining, it could only hold the role back.
      z.refine((q) => !(q.against && q.defining), { message: 'a title requirement with `against` cannot be `defining`', path: ['defining'] }),
    );

  /** One requirement of a role profile. */
  const RequirementSchema = z.discriminatedUnion('kind', [
    SkillRequirementSchema,
    ExperienceRequirementSchema,
    DegreeRequirementSchema,
    CertificationRequirementSchema,
    ClearanceRequirementSchema,
    TitleRequirementSchema,
  ]);

  /**
   * A condition a job ad states about who the person is — citizenship, work authorisation, obtaining a clearance,
   * a background check, travel, location — for the recruiter to check outside any score.
   */
  const RoleNoteSchema = z.strictObject({
    /** `citizenship`, `work-authorization`, `clearance-obtainable`, `background-check`, `travel`, `location`, or a user's own. */
    condition: z.string().check(z.minLength(1)),
    /** The sentence of the ad that states it. */
    text: z.string().check(z.minLength(1)),
    /** A clearance to obtain: its level (none when the ad names none) and whether a polygraph comes with it. */
    level: z.optional(ClearanceLevelSchema),
    polygraph: z.optional(z.boolean()),
    /**
     * A clearance to obtain: whether the ad states obtaining it as a condition of employment (true) or as a wish ("preferred",
     * "a plus", in the preferred tier: false). It is still a note: no résumé fails for lacking it.
     */
    hard: z.optional(z.boolean()),
  });

  /** A role profile: what a job asks for, with weights and sources. */
  const RoleSchema = z.strictObject({
    id: IdSchema,
    title: z.string().check(z.minLength(1)),
    family: z._default(z.enum(['ai-security', 'adjacent', 'custom']), 'custom'),
    summary: z.string().check(z.minLength(1)),
    /** Other titles the role goes by. */
    titles: z._default(z.array(z.string().check(z.minLength(1))), []),
    /** The seed sentence that describes the role. */
    source: z.string().check(z.minLength(1)),
    /** NICE v2.0.0 work-role ids, DCWF codes, O*NET codes, ECSF profiles. */
    refs: z._default(z.array(FrameworkRefSchema), []),
    requirements: z.array(RequirementSchema).check(z.minLength(1)),
    /** Conditions about who the person is (citizenship, work authorisation, obtaining a clearance): for the recruiter to check, never scored. */
    notes: z.optional(z.array(RoleNoteSchema)),
    /** What the job-posting reader was unsure of. */
    warnings: z.optional(z.array(z.strictObject({ code: z.string(), message: z.string(), language: z.optional(z.string()) }))),
  });

  /** Catalog JSON as users write it: any part may be given; `mode` says whether to merge or replace. */
  const CatalogInputSchema = z.strictObject({
    $schema: z.optional(z.string()),
    version: z.optional(z.string().check(z.minLength(1))),
    /** `merge` (default) adds to or overrides the default catalog by id; `replace` uses only this input. */
    mode: z._default(z.enum(['merge', 'replace']), 'merge'),
    /** Named word sets that aliases' `requireNear`/`rejectNear` refer to as `@name`. */
    sets: z._default(
      z.record(
        IdSchema,
        z
          .array(
            z.string().check(
              z.minLength(1),
              // A set's words are words: "@name" inside a set would be neither a word nor expanded.
              z.refine((w) => !w.startsWith('@'), 'a word of a set cannot start with `@` (sets do not nest)'),
            ),
          )
          .check(z.minLength(1)),
      ),
      {},
    ),
    skills: z._default(z.array(SkillSchema), []),
    certifications: z._default(z.array(CertificationSchema), []),
    roles: z._default(z.array(RoleSchema), []),
  });
  return {
    AliasSchema,
    LearningActionSchema,
    FrameworkRefSchema,
    SkillSchema,
    CertificationSchema,
    SkillRequirementSchema,
    ExperienceRequirementSchema,
    DegreeRequirementSchema,
    CertificationRequirementSchema,
    ClearanceRequirementSchema,
    TitleRequirementSchema,
    RequirementSchema,
    RoleNoteSchema,
    RoleSchema,
    CatalogInputSchema,
  };
}

/** The schemas of the catalog (see `makeCatalogSchemas`). */
export type CatalogSchemas = ReturnType<typeof makeCatalogSchemas>;
let made: CatalogSchemas | undefined;

/** The schemas of the catalog, made once, on first call. */
export function catalogSchemas(): CatalogSchemas {
  made ??= makeCatalogSchemas();
  return made;
}

/** A validated, merged, frozen catalog of skills, certifications and roles (from `loadCatalog`). */
export interface Catalog {
  readonly version: string;
  /** FNV-1a hash of the catalog's canonical JSON, for audits. */
  readonly hash: string;
  readonly skills: readonly Skill[];
  readonly certifications: readonly Certification[];
  readonly roles: readonly Role[];
  /** The named word sets the aliases used (already expanded in the aliases). */
  readonly sets: Readonly<Record<string, readonly string[]>>;
}

export type Alias = z.infer<CatalogSchemas['AliasSchema']>;
export type LearningAction = z.infer<CatalogSchemas['LearningActionSchema']>;
export type FrameworkRef = z.infer<CatalogSchemas['FrameworkRefSchema']>;
export type Skill = z.infer<CatalogSchemas['SkillSchema']>;
export type Certification = z.infer<CatalogSchemas['CertificationSchema']>;
export type Requirement = z.infer<CatalogSchemas['RequirementSchema']>;
export type SkillRequirement = z.infer<CatalogSchemas['SkillRequirementSchema']>;
export type Role = z.infer<CatalogSchemas['RoleSchema']>;
export type RoleNote = z.infer<CatalogSchemas['RoleNoteSchema']>;
export type CatalogInput = z.input<CatalogSchemas['CatalogInputSchema']>;
