using Pathway.Cases.PaperFiles;

namespace Pathway.Cases.Tests;

/// <summary>EPCIS 2.0 documents, EPCs in their Tag Data Standard forms and CBV words, read as the standards write them.</summary>
public class EpcisReadingTests
{
    // The shape of the standard's ObjectEvent example: a context array, eventTime with microseconds and its
    // own offset, a different eventTimeZoneOffset, an ni:/// eventID, CBV bare words.
    private const string StandardShape = """
        {
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", { "example": "http://ns.example.com/epcis/" }],
          "type": "EPCISDocument",
          "schemaVersion": "2.0",
          "creationDate": "2005-07-11T11:30:47.0Z",
          "epcisBody": {
            "eventList": [
              {
                "type": "ObjectEvent",
                "eventID": "ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0",
                "eventTime": "2005-04-03T20:33:31.116000-06:00",
                "eventTimeZoneOffset": "-06:00",
                "epcList": ["urn:epc:id:giai:0614141.5678", "urn:epc:tag:giai-96:3.0614141.5678", "3474257BF40000000000162E"],
                "action": "OBSERVE",
                "bizStep": "shipping",
                "disposition": "in_transit",
                "readPoint": { "id": "urn:epc:id:sgln:0614141.07346.1234" },
                "bizLocation": { "id": "urn:epc:id:sgln:0614141.07346.0" }
              },
              {
                "type": "AggregationEvent",
                "eventTime": "2005-04-03T20:33:31.116Z",
                "eventTimeZoneOffset": "+00:00",
                "parentID": "urn:epc:id:sscc:0614141.1234567890",
                "childEPCs": ["urn:epc:id:giai:0614141.5678"],
                "action": "ADD"
              }
            ]
          }
        }
        """;

    [Fact]
    public void Read_TheStandardsObjectEventShape_GivesOneReadPerEpcWithTheOffsetKept()
    {
        var batch = EpcisDocumentReader.Read(StandardShape, out var refusal).ShouldNotBeNull(refusal);

        batch.Reads.Count.ShouldBe(3);
        var read = batch.Reads[0];
        read.EventTime.ShouldBe(new DateTimeOffset(2005, 4, 4, 2, 33, 31, 116, TimeSpan.Zero));
        read.EventTimeZoneOffset.ShouldBe("-06:00");
        read.ReaderId.ShouldBe("urn:epc:id:sgln:0614141.07346.1234");
        read.Action.ShouldBe("OBSERVE");
        read.BizStep.ShouldBe("shipping");
        read.Disposition.ShouldBe("in_transit");
        read.EventId.ShouldStartWith("ni:///sha-256;");
        batch.Reads.Select(r => EpcText.PureIdentity(r.Epc, out _)).Distinct().ShouldBe(["urn:epc:id:giai:0614141.5678"]);
    }

    [Fact]
    public void Read_AnotherEventType_IsAProblemKeptWithItsJson()
    {
        var batch = EpcisDocumentReader.Read(StandardShape, out _)!;

        var problem = batch.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(AnomalyKind.UnsupportedEventType);
        problem.Detail.ShouldContain("AggregationEvent");
        problem.Raw.ShouldContain("urn:epc:id:sscc:0614141.1234567890");
    }

    [Theory]
    [InlineData("{ \"type\": \"EPCISDocument\" ")]
    [InlineData("[]")]
    [InlineData("""{ "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-01-01T00:00:00Z", "epcisBody": { "eventList": [] } }""")]
    [InlineData("""{ "@context": [], "type": "EPCISQueryDocument", "schemaVersion": "2.0", "creationDate": "2026-01-01T00:00:00Z", "epcisBody": { "eventList": [] } }""")]
    [InlineData("""{ "@context": [], "type": "EPCISDocument", "schemaVersion": 2, "creationDate": "2026-01-01T00:00:00Z", "epcisBody": { "eventList": [] } }""")]
    [InlineData("""{ "@context": [], "type": "EPCISDocument", "schemaVersion": "2.0", "epcisBody": { "eventList": [] } }""")]
    [InlineData("""{ "@context": [], "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-01-01T00:00:00Z", "epcisBody": {} }""")]
    public void Read_SomethingThatIsNoEpcis20Document_IsRefusedWhole(string json)
    {
        EpcisDocumentReader.Read(json, out var refusal).ShouldBeNull();
        refusal.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("2026-05-04T10:00:00", "+02:00", "offset")]
    [InlineData("2026-05-04T10:00:00+02:00", "2h", "eventTimeZoneOffset")]
    [InlineData("2026-05-04T10:00:00+02:00", "", "eventTimeZoneOffset")]
    [InlineData("2026-05-04T10:00:00Z", "+00:00", "action")]
    public void Read_AnObjectEventMissingWhatItMustHave_IsAMalformedEvent(string time, string offset, string named)
    {
        var action = named == "action" ? "MOVE" : "OBSERVE";
        var json = $$"""
            { "@context": [], "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-01-01T00:00:00Z",
              "epcisBody": { "eventList": [ { "type": "ObjectEvent", "eventTime": "{{time}}", "eventTimeZoneOffset": "{{offset}}",
                "epcList": ["urn:epc:id:giai:0614141.5678"], "action": "{{action}}", "readPoint": { "id": "urn:x:r" } } ] } }
            """;

        var batch = EpcisDocumentReader.Read(json, out _)!;

        batch.Reads.ShouldBeEmpty();
        var problem = batch.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(AnomalyKind.MalformedEvent);
        problem.Detail.ShouldContain(named);
    }

    [Theory]
    [InlineData("storing")]
    [InlineData("urn:epcglobal:cbv:bizstep:storing")]
    [InlineData("https://ref.gs1.org/cbv/BizStep-storing")]
    public void BizStep_InEachCbvForm_IsTheBareWord(string form) => CbvText.BizStep(form).ShouldBe("storing");

    [Theory]
    [InlineData("in_progress")]
    [InlineData("urn:epcglobal:cbv:disp:in_progress")]
    [InlineData("https://ref.gs1.org/cbv/Disp-in_progress")]
    public void Disposition_InEachCbvForm_IsTheBareWord(string form) => CbvText.Disposition(form).ShouldBe("in_progress");

    [Fact]
    public void BizStep_OutsideCbv_IsKeptAsGiven() => CbvText.BizStep("https://example.org/steps/archived").ShouldBe("https://example.org/steps/archived");

    [Theory]
    [InlineData("urn:epc:id:giai:0614141.5678")]
    [InlineData("urn:epc:tag:giai-96:3.0614141.5678")]
    [InlineData("urn:epc:tag:giai-96:0.0614141.5678")]
    [InlineData("urn:epc:raw:96.x3474257BF40000000000162E")]
    [InlineData("3474257bf40000000000162e")]
    public void PureIdentity_OfEachEpcForm_IsTheSameAsset(string epc) =>
        EpcText.PureIdentity(epc, out _).ShouldBe("urn:epc:id:giai:0614141.5678");

    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346.2017")]
    [InlineData("3074257BF7194E4000001A85")]
    [InlineData("urn:epc:id:giai:61.5678")]
    [InlineData("urn:epc:tag:giai-96:3.0614141")]
    [InlineData("")]
    public void PureIdentity_OfSomethingElse_SaysWhy(string epc)
    {
        EpcText.PureIdentity(epc, out var problem).ShouldBeNull();
        problem.ShouldNotBeEmpty();
    }

    [Fact]
    public void Csv_WithItsHeaderInAnyOrder_ReadsEachLineAndNumbersTheBadOnes()
    {
        var csv = "time,epc,reader,bizStep\n2026-05-04T10:00:00+02:00,3474257BF40000000000162E,urn:x:shelf,urn:epcglobal:cbv:bizstep:storing\n"
            + "\"2026-05-04T10:01:00Z\",\"urn:epc:id:giai:0614141.5678\",\"urn:x:shelf\",\n2026-05-04 10:02,urn:epc:id:giai:0614141.5678,urn:x:shelf,\n,,,\n\n";

        var batch = ReadCsv.Read(csv, out var refusal).ShouldNotBeNull(refusal);

        batch.Reads.Select(r => r.Line).ShouldBe([2, 3]);
        batch.Reads[0].EventTimeZoneOffset.ShouldBe("+02:00");
        batch.Reads[0].BizStep.ShouldBe("storing");
        batch.Reads[1].EventTime.ShouldBe(new DateTimeOffset(2026, 5, 4, 10, 1, 0, TimeSpan.Zero));
        batch.Problems.Select(p => (p.Kind, p.Line)).ShouldBe([(AnomalyKind.MalformedRow, (int?)4), (AnomalyKind.MalformedRow, 5)]);
        batch.Problems[0].Raw.ShouldBe("2026-05-04 10:02,urn:epc:id:giai:0614141.5678,urn:x:shelf,");
    }

    [Fact]
    public void Csv_WithoutItsHeader_IsRefused()
    {
        ReadCsv.Read("urn:x:shelf,3474257BF40000000000162E,2026-05-04T10:00:00Z\n", out var refusal).ShouldBeNull();
        refusal.ShouldContain("header");
    }
}
