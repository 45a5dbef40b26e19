import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 15: a request with no token is the public caller kind. It reads what is published and
 * nothing else, and is limited per client address.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({
    env: {
      RATE_LIMIT_PUBLIC_PER_ADDRESS_PER_MINUTE: "60",
      ACCESS_LOG_CHECKPOINT_INTERVAL_MS: "200",
    },
  });
});
afterAll(() => t?.stop());

describe("the public caller (no token)", () => {
  it("reads the published catalog and licence types", async () => {
    const response = await t.query<{
      serviceItems: { totalCount: number; edges: { node: { code: string; status: string } }[] };
      licenceTypes: { code: string }[];
    }>(
      `{ serviceItems(first: 50) { totalCount edges { node { code status } } } licenceTypes { code } }`,
    );
    expect(response.errors).toBeUndefined();
    // The demo's other items wait for the grants their eligibility rules need: drafts, unlisted.
    expect(response.data!.serviceItems.edges.map((e) => e.node.code).sort()).toEqual([
      "elderly-allowance",
      "employment-registration",
      "minimum-living-allowance",
      "resident-pension-enrolment",
      "senior-card",
    ]);
    expect(response.data!.serviceItems.edges.every((e) => e.node.status === "PUBLISHED")).toBe(
      true,
    );
    expect(response.data!.licenceTypes.map((l) => l.code)).toContain("ID_CARD");
  });

  it("answers UNAUTHENTICATED for anything that is not published, and reads nobody's data", async () => {
    for (const query of [
      `{ personByCitizenId(citizenId: "130926193604120317") { name } }`,
      `{ verifyIdentity(citizenId: "130926193604120317", name: "董志明") }`,
      `{ licence(identifier: "1.2.156.3005.2.111.11130926MB0000011F.1000.001.X") { type } }`,
      `{ myDataUsage { pageInfo { hasNextPage } } }`,
      `{ sharingGrants { totalCount } }`,
      `{ cases { totalCount } }`,
      `{ serviceItems(status: DRAFT) { totalCount } }`,
      `mutation { startCase(input: { itemCode: "elderly-allowance", applicantCitizenId: "130926193604120317", idempotencyKey: "p" }) { id } }`,
      `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.name"], level: FULL, purposes: ["elderly-allowance"], legalBasis: "x" }) { id } }`,
    ]) {
      const response = await t.query(query);
      const refused = codes(response);
      if (query.includes("DRAFT")) {
        // Drafts are for their data officers: the public gets an empty list, not an error.
        expect(response.data).toEqual({ serviceItems: { totalCount: 0 } });
      } else {
        expect([query, refused]).toEqual([query, ["UNAUTHENTICATED"]]);
      }
      expect(JSON.stringify(response.data ?? null)).not.toMatch(/董志明|130926193604120317/);
    }
  });

  it("reads the access log's signed checkpoints, so anyone can hold the log to them", async () => {
    // A resident reads their own record: the population base logs it.
    const dong = await t.token({ sub: "130926193604120317", roles: ["citizen"] });
    await t.query(`{ personByCitizenId(citizenId: "130926193604120317") { name } }`, {
      token: dong,
    });
    let checkpoints: { partition: string; treeSize: number; jws: string }[] = [];
    for (
      let i = 0;
      i < 50 && !checkpoints.some((c) => c.partition.startsWith("population/"));
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const response = await t.query<{
        accessLogCheckpoints: { edges: { node: (typeof checkpoints)[number] }[] };
      }>(
        `{ accessLogCheckpoints(latestOnly: true) { edges { node { partition treeSize jws } } } }`,
      );
      expect(response.errors).toBeUndefined();
      checkpoints = response.data!.accessLogCheckpoints.edges.map((e) => e.node);
    }
    const population = checkpoints.find((c) => c.partition.startsWith("population/"))!;
    expect(population.treeSize).toBeGreaterThan(0);
    expect(population.jws.split(".")).toHaveLength(3);
  });

  it("takes no purpose without a token", async () => {
    const response = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-purpose": "item:elderly-allowance" },
      body: JSON.stringify({ query: "{ licenceTypes { code } }" }),
    });
    expect(response.status).toBe(400);
  });
});

describe("阳光红页: what the public reads of an item", () => {
  it("prints a one-time notice of everything to bring, e-licences named as no copy needed", async () => {
    const response = await t.query<{
      oneTimeNotice: { text: string; html: string } | null;
      none: unknown;
    }>(
      `{ oneTimeNotice(code: "elderly-allowance") { itemCode text html } none: oneTimeNotice(code: "no-such-item") { text } }`,
    );
    expect(response.errors).toBeUndefined();
    const { text, html } = response.data!.oneTimeNotice!;
    expect(text).toContain("一次性告知单：高龄津贴申请");
    expect(text).toContain("居民身份证：无需提交，由电子证照自动核验");
    expect(text).toContain("银行卡：请携带");
    expect(text).toContain("承诺时限：5个工作日");
    expect(text).toContain("办理部门：民政局");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h2>申请材料</h2>");
    expect(response.data!.none).toBeNull();
  });

  it("lists each item's national key elements, in English where the catalog has it", async () => {
    const query = (language: string) =>
      t.query<{
        serviceItem: {
          name: string;
          nameEn: string | null;
          itemType: string;
          department: string;
          implementingBody: string | null;
          acceptanceConditions: string;
          materials: { name: string }[];
          steps: { name: string }[];
          formFields: { label: string }[];
        };
      }>(
        `query($language: Language!) { serviceItem(code: "resident-pension-enrolment", language: $language) {
           name nameEn itemType department implementingBody acceptanceConditions
           materials { name } steps { name } formFields { label } } }`,
        { variables: { language } },
      );
    const zh = await query("ZH");
    expect(zh.errors).toBeUndefined();
    expect(zh.data!.serviceItem).toMatchObject({
      name: "城乡居民养老保险参保登记",
      nameEn: "Enrolment in the basic pension insurance for urban and rural residents",
      itemType: "PUBLIC_SERVICE",
      department: "hrss",
      implementingBody: "县社会保险事业管理局",
      materials: [{ name: "居民身份证" }],
      steps: [{ name: "受理" }, { name: "审批" }],
    });
    const en = await query("EN");
    expect(en.data!.serviceItem).toMatchObject({
      name: "Enrolment in the basic pension insurance for urban and rural residents",
      itemType: "PUBLIC_SERVICE",
      materials: [{ name: "Resident identity card" }],
      steps: [{ name: "Acceptance" }, { name: "Approval" }],
    });
    expect(en.data!.serviceItem.acceptanceConditions).toMatch(/^Residents aged 16 or over/);
    expect(en.data!.serviceItem.formFields.map((f) => f.label)).toContain("Date of birth");

    const list = await t.query<{
      serviceItems: { edges: { node: { code: string; name: string; itemType: string } }[] };
    }>(`{ serviceItems(language: EN, first: 50) { edges { node { code name itemType } } } }`);
    expect(list.data!.serviceItems.edges.map((e) => e.node)).toContainEqual({
      code: "elderly-allowance",
      name: "Old-age allowance",
      itemType: "ADMINISTRATIVE_PAYMENT",
    });
    // A language the catalog does not know is the caller's mistake, named as such.
    const bad = await t.query(`{ serviceItems(language: FR) { totalCount } }`);
    expect(codes(bad)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("prints the one-time notice in English, the catalog's Chinese where it has no English", async () => {
    const response = await t.query<{ oneTimeNotice: { text: string; html: string } }>(
      `{ oneTimeNotice(code: "elderly-allowance", language: EN) { text html } }`,
    );
    expect(response.errors).toBeUndefined();
    const { text, html } = response.data!.oneTimeNotice;
    expect(text).toContain("One-time notice: Old-age allowance");
    expect(text).toContain("Type: administrative payment");
    expect(text).toContain("Department: Civil Affairs Bureau");
    expect(text).toContain(
      "1. Resident identity card: nothing to bring: checked from the e-licence",
    );
    expect(text).toContain("Promised: 5 working days");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h2>What to bring</h2>");
    const zh = await t.query<{ oneTimeNotice: { text: string } }>(
      `{ oneTimeNotice(code: "resident-pension-enrolment") { text } }`,
    );
    expect(zh.data!.oneTimeNotice.text).toContain("事项类型：公共服务");
    expect(zh.data!.oneTimeNotice.text).toContain("实施主体：县社会保险事业管理局");
  });

  it("publishes what the department's data officers decide, on the record", async () => {
    const disclosure = () =>
      t.query<{
        serviceItem: {
          disclosure: { results: boolean; outcomes: string[] };
          createdBy: string | null;
        };
      }>(`{ serviceItem(code: "senior-card") { createdBy disclosure { results outcomes } } }`);
    const before = await disclosure();
    expect(before.data!.serviceItem.disclosure.results).toBe(true);
    expect(before.data!.serviceItem.createdBy).toBeNull(); // the editing official is not public
    const set = `mutation { setItemDisclosure(code: "senior-card", input: { results: false, outcomes: [AVERAGE_RATING] }) { results outcomes } }`;
    expect(codes(await t.query(set))).toEqual(["UNAUTHENTICATED"]);
    const hrss = await t.token({ sub: "hrss-do", dept: "hrss", roles: ["data-officer"] });
    expect(codes(await t.query(set, { token: hrss }))).toEqual(["FORBIDDEN"]);
    const officer = await t.token({ sub: "ca-do", dept: "civil-affairs", roles: ["data-officer"] });
    const changed = await t.query<{ setItemDisclosure: unknown }>(set, { token: officer });
    expect(changed.data!.setItemDisclosure).toEqual({
      results: false,
      outcomes: ["AVERAGE_RATING"],
    });
    expect((await disclosure()).data!.serviceItem.disclosure).toEqual({
      results: false,
      outcomes: ["AVERAGE_RATING"],
    });
    const history = await t.query<{
      catalogChanges: { edges: { node: { action: string; actorSub: string } }[] };
    }>(`{ catalogChanges(subject: "item:senior-card@") { edges { node { action actorSub } } } }`, {
      token: officer,
    });
    expect(history.data!.catalogChanges.edges.map((e) => e.node)).toContainEqual({
      action: "DISCLOSED",
      actorSub: "ca-do",
    });
  });
});

describe("我有话说, the residents' channel", () => {
  const DONG = "130926193604120317";
  const PERSONAL = [
    "董志明",
    DONG,
    "13803171234",
    "1936-04-12",
    "河北省沧州市肃宁县梁家村镇后丰乐堡村3组12号",
  ];
  const MESSAGE = `我是董志明，身份证${DONG}，电话13803171234，1936-04-12出生，住河北省沧州市肃宁县梁家村镇后丰乐堡村3组12号。高龄津贴何时到账？`;
  interface Message {
    id: string;
    number: string;
    department: string;
    dueOn: string;
    supervision: string;
    contactPhone: string | null;
    answer: string | null;
    published: boolean;
    rating: number | null;
  }
  const MESSAGE_FIELDS =
    "id number department dueOn supervision contactPhone answer published rating";

  it("routes a resident's message, answers it in time, publishes it without personal data, and takes a rating", async () => {
    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const sent = await t.query<{
      submitMessage: { number: string; department: string; dueOn: string; receipt: string | null };
    }>(
      `mutation($input: SubmitMessageInput!) { submitMessage(input: $input) { number department dueOn receipt } }`,
      {
        token: dong,
        variables: {
          input: {
            about: "ITEM",
            itemCode: "elderly-allowance",
            text: MESSAGE,
            contactPhone: "13803171234",
            publishable: true,
          },
        },
      },
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitMessage).toMatchObject({ department: "civil-affairs", receipt: null });
    const clock = t.hub.subgraphs.cases.deps.clock;
    const clerk = await t.token({
      sub: "ca-msg",
      dept: "civil-affairs",
      roles: ["clerk"],
      site: "130926",
    });
    const inbox = async () =>
      (
        await t.query<{ messageInbox: { edges: { node: Message }[] } }>(
          `{ messageInbox(answered: false) { edges { node { ${MESSAGE_FIELDS} } } } }`,
          { token: clerk, headers: { "x-request-id": `inbox-${Math.random()}` } },
        )
      ).data!.messageInbox.edges.map((e) => e.node);
    const [message] = await inbox();
    expect(message).toMatchObject({
      number: sent.data!.submitMessage.number,
      supervision: "GREEN",
      contactPhone: "13803171234",
    });
    // Another department sees none of it.
    const hrss = await t.token({ sub: "hrss-msg", dept: "hrss", roles: ["clerk"], site: "130926" });
    const other = await t.query<{ messageInbox: { edges: unknown[] } }>(
      `{ messageInbox { edges { node { id } } } }`,
      { token: hrss },
    );
    expect(other.data!.messageInbox.edges).toEqual([]);
    const refused = await t.query(
      `mutation { answerMessage(id: "${message!.id}", answer: "已转办", publish: true) { id } }`,
      { token: hrss },
    );
    expect(codes(refused)).toEqual(["FORBIDDEN"]);

    // Unanswered, it turns YELLOW on its due day and RED after it (working days).
    try {
      clock.moveTo(message!.dueOn);
      expect((await inbox())[0]!.supervision).toBe("YELLOW");
      const later = new Date(Date.parse(`${message!.dueOn}T12:00:00+08:00`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      clock.moveTo(later);
      expect((await inbox())[0]!.supervision).toBe("RED");
    } finally {
      clock.reset();
    }

    const answered = await t.query<{ answerMessage: Message }>(
      `mutation($answer: String!) { answerMessage(id: "${message!.id}", answer: $answer, publish: true) { ${MESSAGE_FIELDS} } }`,
      {
        token: clerk,
        variables: {
          answer:
            "董志明您好：您的高龄津贴已于本月发放，如有疑问请拨打0317-5888888，或联系刘秀兰。",
        },
      },
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerMessage).toMatchObject({ published: true, supervision: "NONE" });
    const again = await t.query(
      `mutation { answerMessage(id: "${message!.id}", answer: "重复", publish: false) { id } }`,
      { token: clerk },
    );
    expect(codes(again)).toEqual(["CONFLICT"]);

    const published = await t.query<{
      publishedMessages: {
        edges: { node: { question: string; answer: string; answeredOnTime: boolean } }[];
      };
    }>(
      `{ publishedMessages(itemCode: "elderly-allowance") { edges { node { number question answer answeredOnTime department } } } }`,
    );
    const shown = published.data!.publishedMessages.edges[0]!.node;
    expect(shown.question).toContain("高龄津贴何时到账");
    expect(shown.answer).toContain("高龄津贴已于本月发放");
    for (const value of [...PERSONAL, "刘秀兰", "0317-5888888"]) {
      expect([value, JSON.stringify(published.data)]).toEqual([
        value,
        expect.not.stringContaining(value),
      ]);
    }

    const stranger = await t.token({ sub: "450521194108230627", roles: ["citizen"] });
    const notTheirs = await t.query(
      `mutation { rateMessageAnswer(id: "${message!.id}", score: 1) { id } }`,
      { token: stranger },
    );
    expect(codes(notTheirs)).toEqual(["FORBIDDEN"]);
    const rated = await t.query<{ rateMessageAnswer: Message }>(
      `mutation { rateMessageAnswer(id: "${message!.id}", score: 4) { rating } }`,
      { token: dong },
    );
    expect(rated.data!.rateMessageAnswer.rating).toBe(4);
    const stats = await t.query<{ messageStatistics: Record<string, number> }>(
      `{ messageStatistics(department: "civil-affairs") { received answered answeredOnTime overdue rated averageRating } }`,
    );
    expect(stats.data!.messageStatistics).toMatchObject({
      received: 1,
      answered: 1,
      rated: 1,
      averageRating: 4,
    });

    // The department's read of the contact phone is on the resident's record.
    const auditor = await t.token({ sub: "audit-msg", dept: "data-bureau", roles: ["auditor"] });
    const log = await t.query<{
      accessLog: { edges: { node: { callerSub: string; items: { item: string }[] } }[] };
    }>(
      `{ accessLog(subjectCitizenId: "${DONG}") { edges { node { callerSub items { item } } } } }`,
      { token: auditor },
    );
    expect(
      log.data!.accessLog.edges.some(
        (e) =>
          e.node.callerSub === "ca-msg" &&
          e.node.items.some((i) => i.item === "ResidentMessage.contactPhone"),
      ),
    ).toBe(true);
  });

  it("takes a visitor's message without a token, answers it by receipt, and caps what an address sends", async () => {
    const send = (text: string) =>
      t.query<{ submitMessage: { number: string; department: string; receipt: string } }>(
        `mutation($input: SubmitMessageInput!) { submitMessage(input: $input) { number department receipt } }`,
        {
          variables: {
            input: { about: "SITE", siteCode: "130926101216", text, publishable: false },
          },
        },
      );
    const first = await send("便民服务站周末开门吗？");
    expect(first.data!.submitMessage).toMatchObject({ department: "data-bureau" });
    const receipt = first.data!.submitMessage.receipt;
    expect(receipt).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const mine = await t.query<{ messageByReceipt: { number: string; answer: string | null } }>(
      `query($r: String!) { messageByReceipt(receipt: $r) { number answer } }`,
      { variables: { r: receipt } },
    );
    expect(mine.data!.messageByReceipt).toEqual({
      number: first.data!.submitMessage.number,
      answer: null,
    });
    // A visitor's own message is theirs alone: never kept by a cache, even beside the published.
    const beside = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($r: String!) { licenceTypes { code } messageByReceipt(receipt: $r) { number } }`,
        variables: { r: receipt },
      }),
    });
    expect(((await beside.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(beside.headers.get("cache-control")).toBe("no-store");
    expect(beside.headers.get("etag")).toBeNull();
    const early = await t.query(
      `mutation($r: String!) { rateMessageAnswer(receipt: $r, score: 5) { id } }`,
      { variables: { r: receipt } },
    );
    expect(codes(early)).toEqual(["CONFLICT"]);
    const bureau = await t.token({ sub: "db-msg", dept: "data-bureau", roles: ["clerk"] });
    const inbox = await t.query<{
      messageInbox: { edges: { node: { id: string; contactPhone: string | null } }[] };
    }>(`{ messageInbox(answered: false) { edges { node { id contactPhone } } } }`, {
      token: bureau,
    });
    const id = inbox.data!.messageInbox.edges[0]!.node.id;
    await t.query(
      `mutation { answerMessage(id: "${id}", answer: "周六上午开门。", publish: true) { id } }`,
      { token: bureau },
    );
    const rated = await t.query<{ rateMessageAnswer: { rating: number; published: boolean } }>(
      `mutation($r: String!) { rateMessageAnswer(receipt: $r, score: 5) { rating published } }`,
      { variables: { r: receipt } },
    );
    // The visitor did not allow publication: the department's wish to publish does not override it.
    expect(rated.data!.rateMessageAnswer).toEqual({ rating: 5, published: false });
    const noCase = await t.query(
      `mutation($input: SubmitMessageInput!) { submitMessage(input: $input) { number } }`,
      {
        variables: {
          input: {
            about: "CASE",
            caseId: "00000000-0000-4000-8000-000000000000",
            text: "我的办件怎么样了？",
            publishable: false,
          },
        },
      },
    );
    expect(codes(noCase)).toEqual(["FORBIDDEN"]);
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(String(codes(await send(`第${i}条留言，请回复`))[0] ?? "OK"));
    expect(statuses).toEqual(["OK", "OK", "RATE_LIMITED"]); // three a day from one address
    const bad = await t.query(
      `mutation($input: SubmitMessageInput!) { submitMessage(input: $input) { number } }`,
      {
        token: await t.token({ sub: DONG, roles: ["citizen"] }),
        variables: {
          input: {
            about: "ITEM",
            itemCode: "elderly-allowance",
            text: "短",
            contactPhone: "123",
            publishable: true,
          },
        },
      },
    );
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("HTTP caching", () => {
  const CATALOG = `query Catalog { serviceItems(first: 50) { totalCount edges { node { code name } } } }`;
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${t.hub.gateway.url}?query=${encodeURIComponent(query)}`, {
      // Apollo's CSRF prevention wants a non-simple header on GET.
      headers: { "apollo-require-preflight": "true", ...headers },
    });

  it("lets caches keep a published answer, tagged, and answers 304 to the tag", async () => {
    const first = await get(CATALOG);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("vary")).toMatch(/authorization/i);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(((await first.json()) as { data: unknown }).data).toBeTruthy();

    const again = await get(CATALOG, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    // Another tag (another answer) gets the body; POST revalidates the same way.
    expect((await get(CATALOG, { "if-none-match": '"stale"' })).status).toBe(200);
    const post = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", "if-none-match": etag },
      body: JSON.stringify({ query: CATALOG }),
    });
    expect(post.status).toBe(304);
  });

  it("stores nothing else: a token's answer, a refusal, an error, a mutation", async () => {
    const officer = await t.token({ sub: "ca-do", dept: "civil-affairs", roles: ["data-officer"] });
    const staff = await get(CATALOG, { authorization: `Bearer ${officer}` });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("cache-control")).toBe("no-store");
    expect(staff.headers.get("etag")).toBeNull();

    const refused = await get(`{ licenceTypes { code } myDataUsage { pageInfo { hasNextPage } } }`);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const error = await get(`{ serviceItems { nope } }`);
    expect(error.status).toBe(400);
    expect(error.headers.get("cache-control")).toBe("no-store");
    const mutation = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { rateMessageAnswer(receipt: "${"A".repeat(32)}", score: 5) { number } }`,
      }),
    });
    expect(mutation.headers.get("cache-control")).toBe("no-store");
  });
});

// Last: it spends this address's budget for the minute.
describe("limits", () => {
  it("limits requests per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 90; i++) {
      statuses.push((await t.query(`{ licenceTypes { code } }`)).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(60);
  });
});
