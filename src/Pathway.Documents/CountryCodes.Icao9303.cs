namespace Pathway.Documents;

public static partial class CountryCodes
{
    // ICAO 9303 Part 3 codes outside ISO 3166-1 alpha-3. In the MRZ, shorter codes are
    // followed by fillers ("D<<").
    private const string Icao9303 = """
        D Germany
        GBD British Overseas Territories Citizen
        GBN British National (Overseas)
        GBO British Overseas Citizen
        GBP British Protected Person
        GBS British Subject
        RKS Kosovo
        XXK Kosovo (code used in the European Union)
        EUE European Union
        UNO United Nations Organization or one of its officials
        UNA United Nations specialized agency or one of its officials
        UNK Resident of Kosovo with a travel document issued by UNMIK
        XBA African Development Bank
        XIM African Export-Import Bank
        XCC Caribbean Community or one of its emissaries (CARICOM)
        XCE Council of Europe
        XCO Common Market for Eastern and Southern Africa (COMESA)
        XEC Economic Community of West African States (ECOWAS)
        XPO International Criminal Police Organization (INTERPOL)
        XES Organisation of Eastern Caribbean States (OECS)
        XOM Sovereign Military Order of Malta or one of its emissaries
        XDC Southern African Development Community
        XXA Stateless person (1954 Convention)
        XXB Refugee (1951 Convention and 1967 Protocol)
        XXC Refugee, other than XXB
        XXX Person of unspecified nationality
        ANT Netherlands Antilles (no longer in ISO 3166, still on documents in circulation)
        NTZ Neutral Zone (no longer in ISO 3166)
        UTO Utopia (fictitious state of the ICAO 9303 specimens)
        """;
}
