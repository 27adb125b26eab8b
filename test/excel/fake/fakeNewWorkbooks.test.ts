import { FakeExcel } from "./fakeExcel";

describe("FakeExcel.createWorkbook", () => {
  it("keeps the decoded file, refuses text that is not base64, and is absent below ExcelApi 1.8", async () => {
    const fake = new FakeExcel({ apiVersion: "1.8" });
    await fake.createWorkbook(Buffer.from("PK\u0003\u0004").toString("base64"));
    await fake.createWorkbook();
    expect(fake.newWorkbooks.opened.map((bytes) => [...bytes])).toEqual([[80, 75, 3, 4], []]);
    await expect(fake.createWorkbook("data:application/zip;base64,UEsDBA==")).rejects.toMatchObject(
      {
        code: "InvalidArgument",
      }
    );
    await expect(fake.createWorkbook("UEsDBA")).rejects.toMatchObject({ code: "InvalidArgument" });
    fake.apiVersion = "1.7";
    expect(() => fake.createWorkbook("UEsDBA==")).toThrow(
      expect.objectContaining({ code: "ApiNotFound" })
    );
    expect(fake.newWorkbooks.opened).toHaveLength(2);
  });
});
