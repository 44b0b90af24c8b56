using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>
/// Every section parameter resolved to a plain field for the rules to read. Each value is read from its
/// <see cref="FieldSpec"/> by reference, so a parameter is declared once (with its documentation) and a
/// misspelt one is a compile error.
/// </summary>
internal sealed class ModelParameters
{
    public ModelParameters(ScenarioInput s)
    {
        RelationalMix = s.Number(CommissioningParams.RelationalMix);
        BaseWeights = new double[World.Media.Count];
        FieldSpec[] media = [CommissioningParams.NegotiatedOrder, CommissioningParams.ProviderCompetition, CommissioningParams.FinancialIncentives,
            CommissioningParams.IdeologicalControl, CommissioningParams.JuridicalGovernance, CommissioningParams.ManagerialPerformance];
        for (var m = 0; m < media.Length; m++)
        {
            BaseWeights[m] = s.OptionalNumber(media[m]) ?? World.Media.DefaultWeight((World.Medium)m, RelationalMix);
        }
        Stance = (Stance)s.ChoiceIndex(CommissioningParams.Stance);
        ContingentSwitching = s.Flag(CommissioningParams.ContingentSwitching);
        SwitchThreshold = s.Number(CommissioningParams.SwitchThreshold);
        CapacityPerCycle = s.Number(CommissioningParams.CapacityPerCycle);
        InformationSystems = s.Number(CommissioningParams.InformationSystems);
        BudgetHeadroom = s.Number(CommissioningParams.BudgetHeadroom);
        ContractMonths = s.Integer(CommissioningParams.ContractMonths);
        DecommissionThreshold = s.Number(CommissioningParams.DecommissionThreshold);
        MemoryRecovery = s.Number(CommissioningParams.MemoryRecovery);

        TrustInitial = Lerp(s.Number(TrustParams.InitialTransactional), s.Number(TrustParams.InitialRelational), RelationalMix);
        TrustNew = s.Number(TrustParams.NewRelationship);
        TrustSensitivity = s.Number(TrustParams.Sensitivity);
        TrustGain = s.Number(TrustParams.GainRate);
        TrustLoss = TrustGain * s.Number(TrustParams.LossRatio);
        ContactGain = s.Number(TrustParams.ContactGain);
        TrustDecay = s.Number(TrustParams.Decay);
        TrustBaseline = s.Number(TrustParams.Baseline);
        CompetitionErosion = s.Number(TrustParams.CompetitionErosion);
        PenaltyShock = s.Number(TrustParams.PenaltyShock);
        TenderShock = s.Number(TrustParams.TenderShock);

        NoiseSd = s.Number(InformationParams.NoiseSd);
        MonitoringEffect = s.Number(InformationParams.MonitoringEffect);
        SharingEffect = s.Number(InformationParams.SharingEffect);
        BeliefDrift = s.Number(InformationParams.BeliefDrift);
        PriorSd = s.Number(InformationParams.PriorSd);
        CostNoiseSd = s.Number(InformationParams.CostNoiseSd);

        SpecificationCost = s.Number(TransactionCostParams.SpecificationCost);
        TenderCost = s.Number(TransactionCostParams.TenderCost);
        RenegotiationCost = s.Number(TransactionCostParams.RenegotiationCost);
        RenewalCost = s.Number(TransactionCostParams.RenewalCost);
        TransitionCost = s.Number(TransactionCostParams.TransitionCost);
        MonitoringCost = s.Number(TransactionCostParams.MonitoringCost);
        IncompletenessCost = s.Number(TransactionCostParams.IncompletenessCost);
        MeetingCost = s.Number(TransactionCostParams.MeetingCost);
        ActivityDataCost = s.Number(TransactionCostParams.ActivityDataCost);
        CommissionerShare = s.Number(TransactionCostParams.CommissionerShare);

        QualityMean = s.Number(ProviderParams.QualityMean);
        QualitySd = s.Number(ProviderParams.QualitySd);
        QualityAdjustment = s.Number(ProviderParams.QualityAdjustment);
        BaseEffort = s.Number(ProviderParams.BaseEffort);
        FinancialResponse = s.Number(ProviderParams.FinancialResponse);
        EthosResponse = s.Number(ProviderParams.EthosResponse);
        ChallengeResponse = s.Number(ProviderParams.ChallengeResponse);
        Complacency = s.Number(ProviderParams.Complacency);
        StaffingElasticity = s.Number(ProviderParams.StaffingElasticity);
        FullServiceStaffing = s.Number(ProviderParams.FullServiceStaffing);
        FinanceMotivation = new double[ProviderKinds.Names.Count];
        FinanceMotivation[(int)ProviderKind.AcuteTrust] = FinanceMotivation[(int)ProviderKind.CommunityTrust] =
            FinanceMotivation[(int)ProviderKind.MentalHealthTrust] = s.Number(ProviderParams.FinanceMotivationNhs);
        FinanceMotivation[(int)ProviderKind.GpPractice] = s.Number(ProviderParams.FinanceMotivationGp);
        FinanceMotivation[(int)ProviderKind.PrivateFirm] = s.Number(ProviderParams.FinanceMotivationPrivate);
        FinanceMotivation[(int)ProviderKind.VoluntaryOrg] = s.Number(ProviderParams.FinanceMotivationVoluntary);
        OverheadPerPatient = s.Number(ProviderParams.OverheadPerPatient);
        PrivateEfficiency = s.Number(ProviderParams.PrivateEfficiency);
        InitialReserves = s.Number(ProviderParams.InitialReserves);
        ExitAfterMonths = s.Integer(ProviderParams.ExitAfterMonths);
        CreamSkimPropensity = s.Number(ProviderParams.CreamSkimPropensity);
        RenegeGain = s.Number(ProviderParams.RenegeGain);
        Discount = s.Number(ProviderParams.Discount);
        RelationalSurplus = s.Number(ProviderParams.RelationalSurplus);
        RenegeEffortLoss = s.Number(ProviderParams.RenegeEffortLoss);

        Progression = s.Number(PatientParams.Progression);
        ProgressionNoise = s.Number(PatientParams.ProgressionNoise);
        CareEffect = s.Number(PatientParams.CareEffect);
        AdmissionRate = s.Number(PatientParams.AdmissionRate);
        AdmissionGradient = s.Number(PatientParams.AdmissionGradient);
        CareAdmissionEffect = s.Number(PatientParams.CareAdmissionEffect);
        TelephoneCareEffect = s.Number(PatientParams.TelephoneCareEffect);
        HighRiskThreshold = s.Number(PatientParams.HighRiskThreshold);
        InitialSeverityMean = s.Number(PatientParams.InitialSeverityMean);
        InitialSeveritySpread = s.Number(PatientParams.InitialSeveritySpread);
        NewDiagnosisSeverity = s.Number(PatientParams.NewDiagnosisSeverity);
        AdherenceMean = s.Number(PatientParams.AdherenceMean);
        AdherenceSpread = s.Number(PatientParams.AdherenceSpread);

        MonthlyLeaverRate = 1 - Math.Pow(1 - s.Number(StaffParams.LeaverRate), 1.0 / 12);
        TrainingMonths = s.Integer(StaffParams.TrainingMonths);
        RecruitmentRate = s.Number(StaffParams.RecruitmentRate);
        PoachingRate = s.Number(StaffParams.PoachingRate);
        EntrantWagePremium = s.Number(StaffParams.EntrantWagePremium);
        TransferShare = s.Number(StaffParams.TransferShare);

        PriceWeightMin = s.Number(TenderingParams.PriceWeightMin);
        PriceWeightMax = s.Number(TenderingParams.PriceWeightMax);
        BidSd = s.Number(TenderingParams.BidSd);
        BidMargin = s.Number(TenderingParams.BidMargin);
        OutsideBidders = s.Number(TenderingParams.OutsideBidders);
        ExpectedSaving = s.Number(TenderingParams.ExpectedSaving);
        LostRelationalValue = s.Number(TenderingParams.LostRelationalValue);
        PricePressure = s.Number(TenderingParams.PricePressure);
        MarketTesting = s.Number(TenderingParams.MarketTesting);
        TransitionMonths = s.Integer(TenderingParams.TransitionMonths);
        TransitionQualityLoss = s.Number(TenderingParams.TransitionQualityLoss);

        EntryRate = s.Number(MarketParams.EntryRate);
        BassP = s.Number(MarketParams.BassP);
        BassQ = s.Number(MarketParams.BassQ);
        TrustOnImitation = s.Number(MarketParams.TrustOnImitation);
        ChallengeOnImitation = s.Number(MarketParams.ChallengeOnImitation);
        InitialAdoption = s.Number(MarketParams.InitialAdoption);
        PrivateInnovators = s.Flag(MarketParams.PrivateInnovators);
    }

    public readonly double RelationalMix;
    public readonly double[] BaseWeights;
    public readonly Stance Stance;
    public readonly bool ContingentSwitching;
    public readonly double SwitchThreshold, CapacityPerCycle, InformationSystems, BudgetHeadroom, DecommissionThreshold, MemoryRecovery;
    public readonly int ContractMonths;

    public readonly double TrustInitial, TrustNew, TrustSensitivity, TrustGain, TrustLoss, ContactGain, TrustDecay, TrustBaseline;
    public readonly double CompetitionErosion, PenaltyShock, TenderShock;

    public readonly double NoiseSd, MonitoringEffect, SharingEffect, BeliefDrift, PriorSd, CostNoiseSd;

    public readonly double SpecificationCost, TenderCost, RenegotiationCost, RenewalCost, TransitionCost, MonitoringCost;
    public readonly double IncompletenessCost, MeetingCost, ActivityDataCost, CommissionerShare;

    public readonly double QualityMean, QualitySd, QualityAdjustment, BaseEffort, FinancialResponse, EthosResponse;
    public readonly double ChallengeResponse, Complacency, StaffingElasticity, FullServiceStaffing;
    public readonly double[] FinanceMotivation;
    public readonly double OverheadPerPatient, PrivateEfficiency, InitialReserves, CreamSkimPropensity;
    public readonly int ExitAfterMonths;
    public readonly double RenegeGain, Discount, RelationalSurplus, RenegeEffortLoss;

    public readonly double Progression, ProgressionNoise, CareEffect, AdmissionRate, AdmissionGradient, CareAdmissionEffect;
    public readonly double TelephoneCareEffect, HighRiskThreshold, InitialSeverityMean, InitialSeveritySpread, NewDiagnosisSeverity;
    public readonly double AdherenceMean, AdherenceSpread;

    public readonly double MonthlyLeaverRate, RecruitmentRate, PoachingRate, EntrantWagePremium, TransferShare;
    public readonly int TrainingMonths;

    public readonly double PriceWeightMin, PriceWeightMax, BidSd, BidMargin, OutsideBidders, ExpectedSaving;
    public readonly double LostRelationalValue, PricePressure, MarketTesting, TransitionQualityLoss;
    public readonly int TransitionMonths;

    public readonly double EntryRate, BassP, BassQ, TrustOnImitation, ChallengeOnImitation, InitialAdoption;
    public readonly bool PrivateInnovators;

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
